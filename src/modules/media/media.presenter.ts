import { API } from '../../app/http/routes.js';
import type { MediaRow } from './media.repository.js';
import type { MediaView } from './media.schemas.js';
import { parseMediaKind } from './media-types.js';

/** Where the bytes of a media file are served (members of the workspace only). */
export function mediaContentPath(workspaceId: string, mediaId: string): string {
  return `${API}/workspaces/${workspaceId}/media/${mediaId}/content`;
}

/** A media row as the API shows it (the storage key and checksum stay private). */
export function presentMedia(row: MediaRow): MediaView {
  return {
    id: row.id,
    kind: parseMediaKind(row.kind),
    mimeType: row.mime_type,
    sizeBytes: row.size_bytes,
    width: row.width,
    height: row.height,
    filename: row.filename,
    createdAt: row.created_at,
    url: mediaContentPath(row.workspace_id, row.id),
  };
}
