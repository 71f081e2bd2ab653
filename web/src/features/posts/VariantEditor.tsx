import {
  ActionIcon,
  Avatar,
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { IconCopy, IconPlus, IconTrash } from '../../components/icons.js';
import { isLocked, partMedia, partText, type ComposerAction, type VariantDraft } from './composer-state.js';
import { NetworkBadge } from './network-ui.js';
import { MediaEditor } from './MediaEditor.js';
import type { CheckSeverity, LengthUse, NetworkCapabilities } from './posts.types.js';
import { STATUS_COLOR } from './status.js';
import { estimateLength } from './text-length.js';

const SEVERITY_BORDER: Record<CheckSeverity, string | undefined> = {
  error: undefined, // Mantine's own error style
  warning: 'var(--mantine-color-orange-6)',
  info: undefined,
};

export interface VariantEditorProps {
  ws: string;
  variant: VariantDraft;
  handle: string;
  displayName: string;
  network: string;
  caps: NetworkCapabilities | undefined;
  /** The server's count of the first part, when it matches what is on screen. */
  serverLength: LengthUse | undefined;
  shortLinkLength: number | null;
  others: { accountId: string; handle: string }[];
  canEdit: boolean;
  showStatus: boolean;
  severity: (domId: string) => CheckSeverity | undefined;
  fieldError: (domId: string) => string | undefined;
  dispatch: Dispatch<ComposerAction>;
}

/** One account's version of the post: its text, media, thread, first comment and network options. */
export function VariantEditor(p: VariantEditorProps) {
  const { t } = useTranslation('posts');
  const { variant: v, caps, dispatch } = p;
  const accountId = v.accountId;
  const disabled = !p.canEdit || isLocked(v);
  const parts = [0, ...v.thread.map((_, i) => i + 1)];
  const threads = caps?.threads ?? { supported: false, maxParts: 1 };
  const prefix = `composer-${accountId}`;

  const fieldProps = (domId: string) => {
    const sev = p.severity(domId);
    const message = p.fieldError(domId);
    return {
      id: domId,
      error: message ?? (sev === 'error' ? true : undefined),
      styles: sev === 'warning' ? { input: { borderColor: SEVERITY_BORDER.warning } } : undefined,
    };
  };

  const counter = (part: number) => {
    if (!caps) return null;
    const local = estimateLength(partText(v, part), caps.text, { shortLinkLength: p.shortLinkLength });
    const used = part === 0 && p.serverLength ? p.serverLength.used : local;
    const limit = part === 0 && p.serverLength ? p.serverLength.limit : caps.text.maxLength;
    const unit = part === 0 && p.serverLength ? p.serverLength.unit : caps.text.unit;
    const over = used > limit;
    return (
      <Text
        size="xs"
        c={over ? 'red' : used > limit * 0.9 ? 'orange.8' : 'dimmed'}
        fw={over ? 600 : 400}
        aria-live="polite"
      >
        {t('editor.counter', { used, limit, unit: t(`editor.units.${unit}`) })}
      </Text>
    );
  };

  return (
    <Paper withBorder radius="md" p="md" id={`${prefix}-card`}>
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Group gap="sm" wrap="nowrap">
          <Avatar radius="xl" size="sm" alt="">
            {p.displayName.slice(0, 1).toUpperCase()}
          </Avatar>
          <div>
            <Group gap={6}>
              <Text size="sm" fw={600}>
                {p.displayName}
              </Text>
              <NetworkBadge network={p.network} />
              {p.showStatus && (
                <Badge size="xs" variant="light" tt="none" color={STATUS_COLOR[v.status]}>
                  {t(`status.${v.status}`)}
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              @{p.handle}
            </Text>
          </div>
        </Group>
        {!disabled && p.others.length > 0 && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button size="compact-sm" variant="subtle" leftSection={<IconCopy size={14} />}>
                {t('editor.copyFrom')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {p.others.map((o) => (
                <Menu.Item
                  key={o.accountId}
                  onClick={() => dispatch({ type: 'copyText', from: o.accountId, to: accountId })}
                >
                  @{o.handle}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {isLocked(v) && (
        <Text size="xs" c="dimmed" mb="xs">
          {t('editor.locked')}
        </Text>
      )}

      <Stack gap="md">
        {parts.map((part) => (
          <Stack key={part} gap={6}>
            <Textarea
              {...fieldProps(`${prefix}-p${part}-text`)}
              label={part === 0 ? t('editor.text') : t('editor.part', { n: part + 1 })}
              placeholder={part === 0 ? t('editor.textPlaceholder') : undefined}
              autosize
              minRows={part === 0 ? 4 : 2}
              maxRows={16}
              value={partText(v, part)}
              disabled={disabled}
              onChange={(e) => dispatch({ type: 'setText', accountId, part, text: e.currentTarget.value })}
              rightSection={
                part > 0 && !disabled ? (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    onClick={() => dispatch({ type: 'removePart', accountId, part })}
                    aria-label={t('editor.removePart', { n: part + 1 })}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                ) : undefined
              }
              rightSectionProps={{ style: { alignItems: 'flex-start', paddingTop: 6 } }}
            />
            <Group justify="flex-end">{counter(part)}</Group>
            <MediaEditor
              ws={p.ws}
              idPrefix={`${prefix}-p${part}`}
              media={partMedia(v, part)}
              disabled={disabled}
              severity={p.severity}
              onAdd={(media) => dispatch({ type: 'addMedia', accountId, part, media })}
              onAlt={(index, altText) => dispatch({ type: 'setAlt', accountId, part, index, altText })}
              onMove={(index, by) => dispatch({ type: 'moveMedia', accountId, part, index, by })}
              onRemove={(index) => dispatch({ type: 'removeMedia', accountId, part, index })}
            />
          </Stack>
        ))}

        {threads.supported && !disabled && parts.length < threads.maxParts && (
          <Group>
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() => dispatch({ type: 'addPart', accountId })}
            >
              {t('editor.addPart')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('editor.threadHint', { max: threads.maxParts })}
            </Text>
          </Group>
        )}

        {caps && caps.firstComment !== 'none' && (
          <Textarea
            {...fieldProps(`${prefix}-firstComment`)}
            label={t('editor.firstComment')}
            description={t(`editor.firstCommentHint.${caps.firstComment}`)}
            autosize
            minRows={1}
            maxRows={6}
            value={v.firstComment}
            disabled={disabled}
            onChange={(e) => dispatch({ type: 'setFirstComment', accountId, text: e.currentTarget.value })}
          />
        )}

        {caps && (caps.visibility.length > 0 || caps.contentWarning) && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {caps.visibility.length > 0 && (
              <Select
                {...fieldProps(`${prefix}-visibility`)}
                label={t('editor.visibility')}
                data={[
                  { value: '', label: t('editor.visibilityDefault') },
                  ...caps.visibility.map((vis) => ({ value: vis, label: t(`visibility.${vis}`) })),
                ]}
                value={v.visibility ?? ''}
                disabled={disabled}
                allowDeselect={false}
                onChange={(val) =>
                  dispatch({
                    type: 'setVisibility',
                    accountId,
                    visibility: val ? (val as NonNullable<VariantDraft['visibility']>) : null,
                  })
                }
              />
            )}
            {caps.contentWarning && (
              <TextInput
                {...fieldProps(`${prefix}-contentWarning`)}
                label={t('editor.contentWarning')}
                description={t('editor.contentWarningHint')}
                value={v.contentWarning}
                disabled={disabled}
                onChange={(e) =>
                  dispatch({ type: 'setContentWarning', accountId, text: e.currentTarget.value })
                }
              />
            )}
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}
