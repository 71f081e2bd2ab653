import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/core/policy.js';
import { Client, MemoryMailer, uniqueEmail } from './app.js';

/** The token of the last invitation mailed to `email` through a MemoryMailer. */
export function invitationTokenFor(mailer: MemoryMailer, email: string): string {
  const text = mailer.lastTo(email)?.text ?? '';
  const m = /\/invitations\/([A-Za-z0-9_-]+)/.exec(text);
  if (!m) throw new Error(`No invitation mailed to ${email}`);
  return m[1]!;
}

/**
 * Adds a new person to a workspace through the real API (invite, then accept with a new account) and
 * returns their signed-in client. Needs the app's MemoryMailer (the createTestApp default).
 */
export async function addMember(
  app: FastifyInstance,
  mailer: MemoryMailer,
  inviter: Client,
  workspaceId: string,
  role: Role,
  opts: { departmentIds?: string[]; name?: string } = {},
) {
  const email = uniqueEmail(role);
  const inv = await inviter.post(`/api/v1/workspaces/${workspaceId}/invitations`, {
    email,
    role,
    ...(opts.departmentIds ? { departmentIds: opts.departmentIds } : {}),
  });
  if (inv.statusCode !== 201) throw new Error(`invite failed: ${inv.statusCode} ${inv.body}`);
  const client = new Client(app);
  const res = await client.post(`/api/v1/invitations/${invitationTokenFor(mailer, email)}/accept`, {
    name: opts.name ?? `Member ${role}`,
    password: 'correct horse battery',
  });
  if (res.statusCode !== 200) throw new Error(`accept failed: ${res.statusCode} ${res.body}`);
  client.adopt(res);
  const members = await inviter.get(`/api/v1/workspaces/${workspaceId}/members`);
  const member = members
    .json<{ data: { id: string; email: string }[] }>()
    .data.find((m) => m.email === email);
  if (!member) throw new Error('new member not listed');
  return { client, email, userId: client.userId, memberId: member.id };
}

/** Shapes of the members/departments/invitations/outbox answers, as tests read them. */
export interface MemberJson {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: string;
  departmentIds: string[];
  createdAt: string;
}
export interface DepartmentJson {
  id: string;
  name: string;
  headUserId: string | null;
  memberIds: string[];
}
export interface InvitationJson {
  id: string;
  email: string;
  role: string;
  departmentIds: string[];
  status: string;
  expiresAt: string;
  createdAt: string;
  invitedByName: string | null;
}
export interface MailJson {
  id: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  status: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
}

/** The `data` member of a JSON answer, typed. */
export function dataOf<T>(res: LightMyRequestResponse): T {
  return res.json<{ data: T }>().data;
}
