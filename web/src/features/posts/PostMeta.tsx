import { Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposerAction, ComposerDraft, MetaField } from './composer-state.js';
import type { CalendarFilters, CheckSeverity } from './posts.types.js';

/** What the post is for: its title, and the objective, action and pillar of the strategy it serves. */
export function PostMeta({
  draft,
  filters,
  disabled,
  dispatch,
  fieldError,
  severity,
}: {
  draft: ComposerDraft;
  filters: CalendarFilters | undefined;
  disabled: boolean;
  dispatch: Dispatch<ComposerAction>;
  fieldError: (domId: string) => string | undefined;
  severity: (domId: string) => CheckSeverity | undefined;
}) {
  const { t } = useTranslation('posts');
  const props = (field: MetaField) => {
    const id = `composer-${field}`;
    const sev = severity(id);
    return {
      id,
      disabled,
      error: fieldError(id) ?? (sev === 'error' ? true : undefined),
      styles: sev === 'warning' ? { input: { borderColor: 'var(--mantine-color-orange-6)' } } : undefined,
    };
  };
  const select = (field: Exclude<MetaField, 'title'>, data: { value: string; label: string }[]) => (
    <Select
      {...props(field)}
      label={t(`meta.${field}`)}
      placeholder={t('meta.none')}
      data={data}
      value={draft[field]}
      onChange={(value) => dispatch({ type: 'setMeta', field, value })}
      clearable
      searchable
      nothingFoundMessage={t('meta.nothingFound')}
    />
  );
  return (
    <Stack gap="sm">
      <TextInput
        {...props('title')}
        label={t('meta.title')}
        description={t('meta.titleHint')}
        value={draft.title}
        maxLength={200}
        onChange={(e) => dispatch({ type: 'setMeta', field: 'title', value: e.currentTarget.value })}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {select(
          'objectiveId',
          (filters?.objectives ?? []).map((o) => ({ value: o.id, label: o.title })),
        )}
        {select(
          'actionId',
          (filters?.actions ?? []).map((a) => ({ value: a.id, label: a.title })),
        )}
        {select(
          'pillarId',
          (filters?.pillars ?? []).map((p) => ({ value: p.id, label: p.name })),
        )}
      </SimpleGrid>
      <Switch
        id="composer-trackLinks"
        checked={draft.trackLinks}
        disabled={disabled}
        onChange={(e) => dispatch({ type: 'setTrackLinks', value: e.currentTarget.checked })}
        label={t('meta.trackLinks')}
        description={t('meta.trackLinksHint')}
      />
    </Stack>
  );
}
