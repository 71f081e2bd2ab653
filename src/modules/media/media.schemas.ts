import { z } from 'zod';
import { MEDIA_KINDS } from './media-types.js';

/** An uploaded file as the API shows it; `url` serves the bytes to members of the workspace. */
export const zMediaView = z.object({
  id: z.string(),
  kind: z.enum(MEDIA_KINDS),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  filename: z.string().nullable(),
  createdAt: z.string(),
  url: z.string(),
});
export type MediaView = z.infer<typeof zMediaView>;

export const zUploadQuery = z.object({
  /** The name shown for the file; only its last path segment is kept. */
  filename: z.string().max(255).optional(),
});
