import type { AppContext } from '../../app/context.js';
import { AppError, conflict, invalid, unauthorized } from '../../app/errors.js';
import { newId } from '../../core/ids.js';
import { hashToken, randomToken } from '../../core/secrets.js';
import { SESSION_TTL_MS } from '../../app/http/auth.js';
import { WorkspacesService, type WorkspaceView } from '../workspaces/workspaces.service.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { SessionsRepository } from './sessions.repository.js';
import { UsersRepository, type UserRow } from './users.repository.js';

// Verifying against a fixed hash for unknown emails keeps sign-in time the same whether or not the
// address exists, so timing does not reveal who has an account.
let dummyHash: Promise<string> | null = null;

export interface NewSession {
  token: string;
  csrfToken: string;
  userId: string;
}

export interface UserView {
  id: string;
  email: string;
  name: string;
  locale: 'en' | 'fr' | null;
  timeZone: string | null;
}

/** Presents a user without anything secret. */
export function presentUser(u: Pick<UserRow, 'id' | 'email' | 'name' | 'locale' | 'time_zone'>): UserView {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    locale: u.locale === 'fr' || u.locale === 'en' ? u.locale : null,
    timeZone: u.time_zone,
  };
}

/** Accounts, passwords and sessions. */
export class IdentityService {
  readonly users: UsersRepository;
  private readonly sessions: SessionsRepository;
  constructor(private readonly ctx: AppContext) {
    this.users = new UsersRepository(ctx.database.db);
    this.sessions = new SessionsRepository(ctx.database.db);
  }

  /** Creates a user (no workspace). Used by sign-up, invitations and `presence user create`. */
  async createUser(input: {
    email: string;
    name: string;
    password: string;
    locale?: 'en' | 'fr' | null;
    timeZone?: string | null;
  }): Promise<UserRow> {
    const problem = passwordProblem(input.password);
    if (problem)
      throw invalid(
        'password',
        problem === 'password.tooShort' ? 'Use at least 10 characters' : 'Use at most 200 characters',
      );
    if (await this.users.findByEmail(input.email))
      throw conflict('An account with this e-mail already exists; sign in instead', 'email');
    const now = this.ctx.clock.now().toISOString();
    const row: UserRow = {
      id: newId(),
      email: input.email.trim().toLowerCase(),
      name: input.name.trim(),
      password_hash: await hashPassword(input.password),
      locale: input.locale ?? null,
      time_zone: input.timeZone ?? null,
      created_at: now,
      updated_at: now,
      disabled_at: null,
    };
    await this.users.insert(row);
    return row;
  }

  /** Sign-up: a new person with their own workspace, of which they become the owner. */
  async signUp(input: {
    email: string;
    name: string;
    password: string;
    workspaceName: string;
    locale?: 'en' | 'fr';
    timeZone?: string;
    currency?: string;
  }): Promise<{ user: UserRow; workspace: WorkspaceView }> {
    const user = await this.createUser(input);
    const workspace = await new WorkspacesService(this.ctx).create(user.id, user.email, {
      name: input.workspaceName,
      ...(input.timeZone ? { timeZone: input.timeZone } : {}),
      ...(input.currency ? { currency: input.currency } : {}),
      ...(input.locale ? { locale: input.locale } : {}),
    });
    return { user, workspace };
  }

  /** Checks credentials; the same error for an unknown e-mail and a wrong password. */
  async authenticate(email: string, password: string): Promise<UserRow> {
    const user = await this.users.findByEmail(email);
    if (!user || user.disabled_at) {
      dummyHash ??= hashPassword('not-a-real-password-0000');
      await verifyPassword(await dummyHash, password);
      throw unauthorized('Wrong e-mail or password');
    }
    if (!(await verifyPassword(user.password_hash, password))) throw unauthorized('Wrong e-mail or password');
    return user;
  }

  /** Opens a session; the raw token goes in the cookie, only its hash is stored. */
  async openSession(
    userId: string,
    meta: { ip?: string | null; userAgent?: string | null },
  ): Promise<NewSession> {
    const token = randomToken();
    const csrfToken = randomToken(24);
    const now = this.ctx.clock.now();
    await this.sessions.insert({
      id: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      ip: meta.ip ?? null,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
    });
    return { token, csrfToken, userId };
  }

  async closeSession(sessionId: string): Promise<void> {
    await this.sessions.delete(sessionId);
  }

  /** Sets a new password and ends every other session of the user. */
  async setPassword(userId: string, password: string, keepSessionId?: string): Promise<void> {
    const problem = passwordProblem(password);
    if (problem)
      throw invalid(
        'password',
        problem === 'password.tooShort' ? 'Use at least 10 characters' : 'Use at most 200 characters',
      );
    await this.users.update(userId, {
      password_hash: await hashPassword(password),
      updated_at: this.ctx.clock.now().toISOString(),
    });
    await this.sessions.deleteForUser(userId, keepSessionId);
  }

  /** Changes one's own password, proving the current one first. */
  async changePassword(userId: string, current: string, next: string, sessionId?: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user || !(await verifyPassword(user.password_hash, current))) {
      throw new AppError(400, 'invalid', 'The current password is wrong', 'currentPassword');
    }
    await this.setPassword(userId, next, sessionId);
  }

  async updateProfile(
    userId: string,
    patch: { name?: string; locale?: 'en' | 'fr' | null; timeZone?: string | null },
  ): Promise<UserView> {
    await this.users.update(userId, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
      ...(patch.timeZone !== undefined ? { time_zone: patch.timeZone } : {}),
      updated_at: this.ctx.clock.now().toISOString(),
    });
    const u = await this.users.findById(userId);
    if (!u) throw unauthorized();
    return presentUser(u);
  }
}
