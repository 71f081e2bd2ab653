import { z } from 'zod';
import { zRole } from '../workspaces/workspaces.schemas.js';

const zId = z.string().max(64);
export const zDepartmentIds = z.array(zId).max(100);

/** A person in the workspace; `id` is the membership id the member routes take. */
export const zMember = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: zRole,
  departmentIds: z.array(z.string()),
  createdAt: z.string(),
});

export const zMemberUpdate = z.object({ role: zRole, departmentIds: zDepartmentIds }).partial().strict();

export const zMemberParams = { memberId: zId };
