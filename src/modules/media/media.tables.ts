// Row shape of the media table (migration 20261128050300_media). Timestamps are ISO strings.

export interface MediaTable {
  id: string;
  workspace_id: string;
  /** image | video | gif */
  kind: string;
  mime_type: string;
  size_bytes: number;
  /** Pixel size read from the file's headers; null when they do not say. */
  width: number | null;
  height: number | null;
  /** Videos only, from the `mvhd` box; null for images or when unreadable. */
  duration_ms: number | null;
  /** Hex SHA-256 of the bytes: deduplicates uploads within a workspace. */
  sha256: string;
  /** Key of the bytes in the media store (generated, never user input). */
  storage_key: string;
  /** The name the uploader gave, shown only; never used to build a path. */
  filename: string | null;
  created_by: string | null;
  created_at: string;
}

export interface MediaTables {
  media: MediaTable;
}
