import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  ColorInput,
  Group,
  NumberInput,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconPlus, IconTrash } from '../../../components/icons.js';
import { fieldError, useAutosave } from '../autosave.js';
import { useBuilder } from '../builder-context.js';
import type { ContentPillar, EditorialLine } from '../strategy.types.js';

const PALETTE = ['#1f6feb', '#2f9e44', '#e8590c', '#ae3ec9', '#f08c00', '#0c8599', '#c92a2a'];
type ListKey =
  'formats' | 'dos' | 'donts' | 'wordsToAvoid' | 'requiredHashtags' | 'requiredMentions' | 'languages';
const LISTS: ListKey[] = [
  'formats',
  'languages',
  'dos',
  'donts',
  'wordsToAvoid',
  'requiredHashtags',
  'requiredMentions',
];

/** Step 6: tone, image, content pillars whose shares must reach 100 %, frequencies, dos and don'ts. */
export function EditorialStep() {
  const { t } = useTranslation('strategy');
  const { snapshot: s, writes, write, catalogue } = useBuilder();
  const line = useAutosave<EditorialLine>(s.editorialLine, (l) => writes.putEditorialLine(l), 800);
  const d = line.draft;
  const err = (field: string) =>
    hasField(line.error, field) ? fieldError(line.error, field, '') : undefined;
  const set = <K extends keyof EditorialLine>(k: K, v: EditorialLine[K], now = false) =>
    line.change({ ...d, [k]: v }, now);
  const setPillar = (i: number, patch: Partial<ContentPillar>, now = false) =>
    set(
      'pillars',
      d.pillars.map((p, j) => (j === i ? { ...p, ...patch } : p)),
      now,
    );
  const total = Math.round(d.pillars.reduce((sum, p) => sum + (p.targetShare || 0), 0) * 100) / 100;
  const chosen = s.networkChoices.filter((c) => c.chosen);
  const nameOf = (id: string) => catalogue.networks.find((n) => n.id === id)?.name ?? id;
  const frequencyOf = (id: string) => d.frequencies.find((f) => f.networkId === id)?.postsPerWeek ?? null;
  const setFrequency = (id: string, v: number | null) =>
    set(
      'frequencies',
      v === null
        ? d.frequencies.filter((f) => f.networkId !== id)
        : [...d.frequencies.filter((f) => f.networkId !== id), { networkId: id, postsPerWeek: v }],
    );
  const otherError =
    line.error && !isOwnAny(line.error) ? fieldError(line.error, '', t('save.failed')) : null;

  return (
    <Stack gap="md">
      {otherError && (
        <Alert color="red" variant="light">
          {otherError}
        </Alert>
      )}
      <Paper withBorder radius="md" p="md" shadow="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label={t('editorial.tone')}
            description={t('editorial.toneHint')}
            autosize
            minRows={2}
            value={d.tone}
            readOnly={!write}
            error={err('tone')}
            onBlur={line.flush}
            onChange={(e) => set('tone', e.currentTarget.value)}
          />
          <Textarea
            label={t('editorial.image')}
            description={t('editorial.imageHint')}
            autosize
            minRows={2}
            value={d.image}
            readOnly={!write}
            error={err('image')}
            onBlur={line.flush}
            onChange={(e) => set('image', e.currentTarget.value)}
          />
        </SimpleGrid>
      </Paper>

      <Paper withBorder radius="md" p="md" shadow="xs" id="item-pillars">
        <Group justify="space-between" mb="xs">
          <Text fw={600}>{t('editorial.pillars')}</Text>
          <Text
            size="sm"
            fw={700}
            c={total === 100 ? 'teal' : 'red'}
            role="status"
            aria-live="polite"
            data-testid="pillar-total"
          >
            {t('editorial.total', { total })}
            {total !== 100 &&
              ` — ${total < 100 ? t('editorial.missing', { n: Math.round((100 - total) * 100) / 100 }) : t('editorial.over', { n: Math.round((total - 100) * 100) / 100 })}`}
          </Text>
        </Group>
        <Progress.Root size={14} radius="xl" mb="md" aria-hidden>
          {d.pillars.map((p, i) => (
            <Progress.Section
              key={p.id ?? i}
              value={Math.min(p.targetShare || 0, 100)}
              color={p.colour ?? PALETTE[i % PALETTE.length]}
            />
          ))}
        </Progress.Root>
        <Stack gap="sm">
          {d.pillars.map((p, i) => (
            <Paper key={p.id ?? `new-${i}`} withBorder radius="sm" p="sm" bg="gray.0">
              <Group align="flex-start" wrap="nowrap" gap="sm">
                <Stack gap="xs" flex={1}>
                  <Group grow align="flex-start">
                    <TextInput
                      label={t('editorial.pillarName')}
                      value={p.name}
                      readOnly={!write}
                      error={err(`pillars.${i}.name`)}
                      onBlur={line.flush}
                      onChange={(e) => setPillar(i, { name: e.currentTarget.value })}
                    />
                    <NumberInput
                      label={t('editorial.shareShort')}
                      aria-label={t('editorial.share', { name: p.name })}
                      suffix=" %"
                      min={0}
                      max={100}
                      maw={150}
                      value={p.targetShare}
                      readOnly={!write}
                      error={err(`pillars.${i}.targetShare`)}
                      onBlur={line.flush}
                      onChange={(v) =>
                        setPillar(i, { targetShare: typeof v === 'number' ? v : Number(v) || 0 })
                      }
                    />
                  </Group>
                  <TextInput
                    label={t('fields.description')}
                    value={p.description}
                    readOnly={!write}
                    onBlur={line.flush}
                    onChange={(e) => setPillar(i, { description: e.currentTarget.value })}
                  />
                  <Group>
                    <Checkbox
                      label={t('editorial.sensitive')}
                      checked={p.sensitive}
                      disabled={!write}
                      onChange={(e) => setPillar(i, { sensitive: e.currentTarget.checked }, true)}
                    />
                    <ColorInput
                      aria-label={t('editorial.colour')}
                      size="xs"
                      w={130}
                      value={p.colour ?? ''}
                      readOnly={!write}
                      swatches={PALETTE}
                      onChange={(v) => setPillar(i, { colour: /^#[0-9a-fA-F]{6}$/.test(v) ? v : null })}
                    />
                  </Group>
                </Stack>
                {write && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={26}
                    aria-label={t('editorial.removePillar', { name: p.name })}
                    onClick={() =>
                      set(
                        'pillars',
                        d.pillars.filter((_, j) => j !== i),
                        true,
                      )
                    }
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
        {write && (
          <Button
            mt="sm"
            variant="light"
            leftSection={<IconPlus />}
            onClick={() =>
              set(
                'pillars',
                [
                  ...d.pillars,
                  {
                    name: t('editorial.newPillar'),
                    description: '',
                    targetShare: Math.max(0, Math.round((100 - total) * 100) / 100),
                    sensitive: false,
                    colour: PALETTE[d.pillars.length % PALETTE.length] ?? null,
                  },
                ],
                true,
              )
            }
          >
            {t('editorial.addPillar')}
          </Button>
        )}
      </Paper>

      {chosen.length > 0 && (
        <Paper withBorder radius="md" p="md" shadow="xs">
          <Text fw={600} mb="xs">
            {t('editorial.frequencies')}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 3 }}>
            {chosen.map((c) => (
              <NumberInput
                key={c.networkId}
                label={t('editorial.perWeek', { name: nameOf(c.networkId) })}
                min={0}
                max={200}
                value={frequencyOf(c.networkId) ?? ''}
                readOnly={!write}
                onBlur={line.flush}
                onChange={(v) => setFrequency(c.networkId, v === '' ? null : Number(v))}
              />
            ))}
          </SimpleGrid>
        </Paper>
      )}

      <Paper withBorder radius="md" p="md" shadow="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {LISTS.map((k) => (
            <TagsInput
              key={k}
              label={t(`editorial.lists.${k}`)}
              placeholder={write ? t('fields.tagsHint') : undefined}
              value={d[k]}
              readOnly={!write}
              error={err(k)}
              onChange={(v) => set(k, v, true)}
            />
          ))}
        </SimpleGrid>
      </Paper>
    </Stack>
  );
}

function hasField(error: unknown, field: string): boolean {
  if (!error) return false;
  const fields = (error as { fields?: { field: string }[] }).fields ?? [];
  return fields.some((f) => f.field === field || f.field.startsWith(`${field}.`));
}

const OWN_FIELDS = ['tone', 'image', 'pillars', ...LISTS];
/** Whether the failed save named a field this step shows beside its input. */
function isOwnAny(error: unknown): boolean {
  return OWN_FIELDS.some((f) => hasField(error, f));
}
