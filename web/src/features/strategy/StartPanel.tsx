import { Button, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { IconBook, IconBuilding, IconPlus, IconUsers, IconGlobe } from '../../components/icons.js';
import { LoadError, Loading, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifyError } from '../../lib/notify.js';
import { useBuilder } from './builder-context.js';
import { stepUrl } from './steps.js';
import { useTemplates } from './strategy.api.js';

const ICONS = { 'b2b-sme': IconBuilding, 'retail-b2c': IconGlobe, recruitment: IconUsers } as const;

/** An empty strategy: start from one of the four templates, in the person's language, or blank. */
export function StartPanel() {
  const { t } = useTranslation('strategy');
  const { ws, write, writes, loc, lang } = useBuilder();
  const templates = useTemplates(ws);
  const navigate = useNavigate();
  const describe = useDescribeError();
  const [busy, setBusy] = useState<string | null>(null);

  if (!write)
    return (
      <Panel>
        <Text>{t('start.readOnlyEmpty')}</Text>
      </Panel>
    );
  if (templates.error) return <LoadError error={templates.error} onRetry={() => void templates.refetch()} />;
  if (!templates.data) return <Loading />;

  const apply = (id: string) => {
    setBusy(id);
    writes.applyTemplate(id, lang, false).then(
      () => navigate(stepUrl(ws, 'objectives')),
      (e: unknown) => {
        setBusy(null);
        notifyError(describe(e));
      },
    );
  };

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={3}>{t('start.title')}</Title>
        <Text c="dimmed" mt={4} maw={760}>
          {t('start.intro')}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        {templates.data.data.map((tpl) => {
          const Icon = ICONS[tpl.id as keyof typeof ICONS] ?? IconBook;
          return (
            <Card key={tpl.id} withBorder radius="md" padding="lg" shadow="xs">
              <Stack gap="sm" h="100%" justify="space-between">
                <Stack gap="xs">
                  <ThemeIcon size={40} radius="md" variant="light">
                    <Icon size={22} />
                  </ThemeIcon>
                  <Text fw={650}>{loc(tpl.name)}</Text>
                  <Text size="sm" c="dimmed">
                    {loc(tpl.description)}
                  </Text>
                </Stack>
                <Button
                  variant="light"
                  loading={busy === tpl.id}
                  disabled={busy !== null && busy !== tpl.id}
                  onClick={() => apply(tpl.id)}
                  aria-label={t('start.use', { name: loc(tpl.name) })}
                >
                  {t('start.useShort')}
                </Button>
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus />}
          disabled={busy !== null}
          onClick={() => navigate(stepUrl(ws, 'objectives'))}
        >
          {t('start.blank')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('start.blankHint')}
        </Text>
      </Group>
    </Stack>
  );
}
