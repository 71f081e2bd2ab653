import path from 'node:path';
import type { AppConfig } from '../../config.js';
import { LocalDiskMediaStore } from './local-disk-media-store.js';
import type { MediaStore } from './media-store.port.js';

/**
 * The media store of this installation: `<dataDir>/media` on the local disk. The single place to
 * choose another adapter (an S3-compatible store) once one exists.
 */
export function mediaStoreFor(config: Pick<AppConfig, 'dataDir'>): MediaStore {
  return new LocalDiskMediaStore(path.join(config.dataDir, 'media'));
}
