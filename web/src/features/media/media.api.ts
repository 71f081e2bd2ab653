import { ApiError, csrfHeader, type ProblemField } from '../../api/client.js';
import { queryString, wsPath } from '../../api/paths.js';

/** An uploaded file as the server describes it (POST/GET /media). */
export interface MediaView {
  id: string;
  kind: 'image' | 'video' | 'gif';
  mimeType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  filename: string | null;
  createdAt: string;
  /** Where the bytes are served (same origin, members only). */
  url: string;
}

/** Where the browser reads a media file's bytes. */
export function mediaContentUrl(workspaceId: string, mediaId: string): string {
  return wsPath(workspaceId, `/media/${encodeURIComponent(mediaId)}/content`);
}

/** The problem document of a failed answer as an ApiError, like the JSON client does. */
async function problemOf(res: Response): Promise<ApiError> {
  let p: { code?: string; detail?: string; errors?: ProblemField[] } & Record<string, unknown> = {};
  try {
    p = (await res.json()) as typeof p;
  } catch {
    // A proxy's HTML page (e.g. its own body-size refusal): keep the status only.
  }
  return new ApiError(res.status, p.code ?? 'error', p.detail ?? res.statusText, p.errors ?? [], p);
}

/** Uploads a file as the raw request body (no base64: videos reach 100 MB). */
export async function uploadMedia(workspaceId: string, file: File): Promise<MediaView> {
  let res: Response;
  try {
    res = await fetch(wsPath(workspaceId, `/media${queryString({ filename: file.name })}`), {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        'content-type': file.type,
        ...csrfHeader(),
      },
      body: file,
    });
  } catch (e) {
    throw new ApiError(0, 'network', e instanceof Error ? e.message : 'Network error');
  }
  if (!res.ok) throw await problemOf(res);
  return ((await res.json()) as { data: MediaView }).data;
}
