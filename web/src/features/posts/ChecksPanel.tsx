import { Badge, Group, Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Panel } from '../../components/ui.js';
import { fieldDomId, groupChecks, targetOfPath } from './check-fields.js';
import type { Check, CheckSeverity, Checks } from './posts.types.js';

const COLOR: Record<CheckSeverity, string> = { error: 'red', warning: 'orange', info: 'blue' };
// The copy-paste warnings: the brief's "no copy-paste" rule, explained where they show.
const COPY_CODES = new Set(['variants_identical', 'variants_similar', 'copies_existing_action']);

/** A check in the person's language; `otherIndex` becomes the other variant's handle. */
export function checkMessage(t: TFunction<'posts'>, c: Check, handleOf: (i: number) => string): string {
  const params: Record<string, string | number> = { ...c.params };
  if (typeof c.params.otherIndex === 'number') params.other = `@${handleOf(c.params.otherIndex)}`;
  return t(`checks.${c.code}`, { ...params, defaultValue: t('checks.unknown', { code: c.code }) });
}

/** Moves the focus to the field a check or an error is about. */
export function focusPath(path: string, accountOf: (variantIndex: number) => string | undefined): void {
  const target = targetOfPath(path);
  if (!target) return;
  const id = fieldDomId(target, target.scope === 'variant' ? accountOf(target.variantIndex) : undefined);
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.focus({ preventScroll: true });
}

/**
 * Every finding of the live checks, grouped by variant: errors (red) block scheduling, warnings
 * (orange) and notes (blue) do not. Clicking one focuses its field.
 */
export function ChecksPanel({
  checks,
  pending,
  handleOf,
  accountOf,
}: {
  checks: Checks | null;
  pending: boolean;
  handleOf: (variantIndex: number) => string;
  accountOf: (variantIndex: number) => string | undefined;
}) {
  const { t } = useTranslation('posts');
  const items = checks?.items ?? [];
  const errors = items.filter((c) => c.severity === 'error').length;
  const warnings = items.filter((c) => c.severity === 'warning').length;
  return (
    <Panel
      title={t('checks.title')}
      actions={
        <Group gap={6}>
          {pending && <Loader size="xs" aria-label={t('checks.checking')} />}
          {errors > 0 && (
            <Badge color="red" variant="light" tt="none">
              {t('checks.errors', { count: errors })}
            </Badge>
          )}
          {warnings > 0 && (
            <Badge color="orange" variant="light" tt="none">
              {t('checks.warnings', { count: warnings })}
            </Badge>
          )}
        </Group>
      }
    >
      {!checks ? (
        <Text size="sm" c="dimmed">
          {t('checks.none')}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="teal.8">
          {t('checks.allClear')}
        </Text>
      ) : (
        <Stack gap="sm">
          {groupChecks(items).map((g) => (
            <div key={g.variantIndex ?? 'post'}>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={4}>
                {g.variantIndex === null ? t('checks.wholePost') : `@${handleOf(g.variantIndex)}`}
              </Text>
              <Stack gap={4}>
                {g.items.map((c, i) => (
                  <UnstyledButton
                    key={`${c.code}-${c.path}-${i}`}
                    onClick={() => focusPath(c.path, accountOf)}
                    p={6}
                    style={{
                      borderLeft: `3px solid var(--mantine-color-${COLOR[c.severity]}-6)`,
                      borderRadius: 4,
                      background: `var(--mantine-color-${COLOR[c.severity]}-0)`,
                    }}
                  >
                    <Text size="sm" c={`${COLOR[c.severity]}.9`}>
                      <Text span fw={600} size="xs" mr={6}>
                        {t(`checks.severity.${c.severity}`)}
                      </Text>
                      {checkMessage(t, c, handleOf)}
                    </Text>
                    {COPY_CODES.has(c.code) && (
                      <Text size="xs" c="dimmed" mt={2}>
                        {t('checks.adaptHint')}
                      </Text>
                    )}
                  </UnstyledButton>
                ))}
              </Stack>
            </div>
          ))}
          {checks.blocking && (
            <Text size="xs" c="red.8">
              {t('checks.blockingHint')}
            </Text>
          )}
        </Stack>
      )}
    </Panel>
  );
}
