import { z } from 'zod';

const zId = z.string().max(64);

/** A department; `memberIds` are membership ids (the `id` of Member), `headUserId` a user id. */
export const zDepartment = z.object({
  id: z.string(),
  name: z.string(),
  headUserId: z.string().nullable(),
  memberIds: z.array(z.string()),
});

const zName = z.string().trim().min(1, 'Enter a name').max(80, 'Use at most 80 characters');

export const zDepartmentCreate = z.object({ name: zName, headUserId: zId.nullable().optional() }).strict();

export const zDepartmentUpdate = z.object({ name: zName, headUserId: zId.nullable() }).partial().strict();

export const zDepartmentParams = { departmentId: zId };
