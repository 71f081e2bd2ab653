import {
  ActionIcon,
  Box,
  Button,
  FileButton,
  Group,
  Image,
  Paper,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IconChevronDown, IconPlus, IconTrash } from '../../components/icons.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifyError } from '../../lib/notify.js';
import { mediaContentUrl, uploadMedia } from '../media/media.api.js';
import type { CheckSeverity, MediaAttachment } from './posts.types.js';

/** The types POST /media takes. */
export const MEDIA_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'video/mp4',
  'video/quicktime',
];

/** Where the browser reads a media file's bytes (same origin, so the CSP lets it in). */
export const mediaUrl = mediaContentUrl;

const SEVERITY_COLOR: Record<CheckSeverity, string> = { error: 'red', warning: 'orange', info: 'blue' };

/**
 * The media of one part: upload by picking or dropping files, an alt text for each (screen readers
 * depend on it), reorder and remove.
 */
export function MediaEditor({
  ws,
  idPrefix,
  media,
  disabled,
  severity,
  onAdd,
  onAlt,
  onMove,
  onRemove,
}: {
  ws: string;
  /** Prefix of the fields' DOM ids (`composer-<account>-p<part>`), shared with check-fields.ts. */
  idPrefix: string;
  media: MediaAttachment[];
  disabled: boolean;
  severity: (domId: string) => CheckSeverity | undefined;
  onAdd: (m: MediaAttachment) => void;
  onAlt: (index: number, altText: string) => void;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
}) {
  const { t } = useTranslation('posts');
  const describe = useDescribeError();
  const [over, setOver] = useState(false);
  // Videos uploaded here show as videos; saved media of unknown kind fall back to an image tile.
  const [videos, setVideos] = useState<ReadonlySet<string>>(new Set());
  const upload = useMutation({
    mutationFn: (file: File) => uploadMedia(ws, file),
    onSuccess: (view) => {
      if (view.kind === 'video') setVideos((v) => new Set([...v, view.id]));
      onAdd({ mediaId: view.id, altText: '' });
    },
    onError: (e) => notifyError(t('media.uploadFailed', { reason: describe(e) })),
  });

  const add = (files: File[]) => {
    for (const f of files) {
      if (!MEDIA_TYPES.includes(f.type)) {
        notifyError(t('media.badType', { name: f.name }));
        continue;
      }
      upload.mutate(f);
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) add(Array.from(e.dataTransfer.files));
  };
  const mediaSeverity = severity(`${idPrefix}-media`);

  return (
    <Stack gap="xs" id={`${idPrefix}-media`} tabIndex={-1}>
      {media.map((m, i) => {
        const altId = `${idPrefix}-alt-${i}`;
        const altSeverity = severity(altId);
        return (
          <Paper key={`${m.mediaId}-${i}`} withBorder p="xs" radius="sm">
            <Group align="flex-start" wrap="nowrap" gap="sm">
              <Box w={72} h={72} style={{ flexShrink: 0 }}>
                {videos.has(m.mediaId) ? (
                  <video
                    src={mediaUrl(ws, m.mediaId)}
                    width={72}
                    height={72}
                    muted
                    preload="metadata"
                    style={{ objectFit: 'cover', borderRadius: 4 }}
                  />
                ) : (
                  <Image
                    src={mediaUrl(ws, m.mediaId)}
                    alt={m.altText}
                    w={72}
                    h={72}
                    radius="sm"
                    fit="cover"
                    fallbackSrc="data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='72' height='72'><rect width='72' height='72' fill='%23e9ecef'/></svg>"
                  />
                )}
              </Box>
              <Textarea
                id={altId}
                style={{ flex: 1 }}
                label={t('media.alt')}
                description={t('media.altHint')}
                withAsterisk
                autosize
                minRows={1}
                maxRows={4}
                value={m.altText}
                disabled={disabled}
                onChange={(e) => onAlt(i, e.currentTarget.value)}
                error={altSeverity === 'error' ? true : undefined}
                styles={
                  altSeverity === 'warning'
                    ? { input: { borderColor: 'var(--mantine-color-orange-6)' } }
                    : undefined
                }
              />
              {!disabled && (
                <Stack gap={2}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    disabled={i === 0}
                    onClick={() => onMove(i, -1)}
                    aria-label={t('media.moveUp')}
                  >
                    <IconChevronDown style={{ transform: 'rotate(180deg)' }} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    disabled={i === media.length - 1}
                    onClick={() => onMove(i, 1)}
                    aria-label={t('media.moveDown')}
                  >
                    <IconChevronDown />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    onClick={() => onRemove(i)}
                    aria-label={t('media.remove')}
                  >
                    <IconTrash />
                  </ActionIcon>
                </Stack>
              )}
            </Group>
          </Paper>
        );
      })}
      {!disabled && (
        <Paper
          withBorder
          radius="sm"
          p="sm"
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
          style={{
            borderStyle: 'dashed',
            borderColor: mediaSeverity
              ? `var(--mantine-color-${SEVERITY_COLOR[mediaSeverity]}-6)`
              : over
                ? 'var(--mantine-color-blue-6)'
                : undefined,
            background: over ? 'var(--mantine-color-blue-0)' : undefined,
          }}
        >
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed">
              {upload.isPending ? t('media.uploading') : t('media.drop')}
            </Text>
            <FileButton onChange={add} accept={MEDIA_TYPES.join(',')} multiple>
              {(props) => (
                <Button
                  {...props}
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconPlus size={14} />}
                  loading={upload.isPending}
                >
                  {t('media.add')}
                </Button>
              )}
            </FileButton>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
