import {
  Button,
  Divider,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../../app/workspace.js';
import { FormError } from '../../../components/ui.js';
import { useDescribeError } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useSaveRule } from '../inbox.api.js';
import {
  INBOX_NETWORKS,
  KINDS,
  PRIORITIES,
  SENTIMENTS,
  type Priority,
  type RoutingRule,
} from '../inbox.types.js';
import type { InboxPeople } from '../people.js';
import { splitFieldErrors } from './field-errors.js';
import { formToInput, ruleFormErrors, ruleToForm, type RuleForm } from './rule-form.js';

const FIELDS = [
  'name',
  'networks',
  'kinds',
  'keywords',
  'pattern',
  'languages',
  'minFollowers',
  'tags',
  'targetMinutes',
  'actions',
];

/** Creates or edits a routing rule: conditions (all must hold) and what to do with a match. */
export function RuleModal({
  rule,
  people,
  onClose,
}: {
  rule: RoutingRule | null;
  people: InboxPeople;
  onClose: () => void;
}) {
  const { t } = useTranslation('inbox');
  const { id: ws } = useWorkspace();
  const describe = useDescribeError();
  const save = useSaveRule(ws);
  const [f, setF] = useState<RuleForm>(() => ruleToForm(rule));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const set = <K extends keyof RuleForm>(k: K, v: RuleForm[K]) => setF((x) => ({ ...x, [k]: v }));

  const submit = () => {
    const local = ruleFormErrors(f);
    const errs: Record<string, string> = {};
    for (const [k, code] of Object.entries(local)) errs[k] = t(`form.${code}`);
    setErrors(errs);
    setFormError(null);
    if (Object.keys(errs).length) return;
    save.mutate(
      { ...(rule ? { id: rule.id } : {}), ...formToInput(f) },
      {
        onSuccess: () => {
          notifySuccess(t('rules.saved'));
          onClose();
        },
        onError: (e) => {
          const { fields, rest } = splitFieldErrors(e, FIELDS);
          setErrors(fields);
          if (rest) setFormError(describe(e));
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={rule ? t('rules.editTitle') : t('rules.newTitle')} size="xl">
      <Stack gap="md">
        <FormError message={formError} />
        <TextInput
          label={t('rules.fields.name')}
          value={f.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errors.name}
          maxLength={120}
          required
          data-autofocus
        />
        <Group>
          <Switch
            label={t('rules.enabled')}
            checked={f.enabled}
            onChange={(e) => set('enabled', e.currentTarget.checked)}
          />
          <Switch
            label={t('rules.fields.stopProcessing')}
            checked={f.stopProcessing}
            onChange={(e) => set('stopProcessing', e.currentTarget.checked)}
          />
        </Group>
        <Divider label={t('rules.conditions')} labelPosition="left" />
        <Text size="xs" c="dimmed" mt={-8}>
          {t('rules.conditionsHint')}
        </Text>
        <SimpleGrid cols={2}>
          <MultiSelect
            label={t('rules.fields.networks')}
            placeholder={t('rules.any')}
            data={INBOX_NETWORKS.map((n) => ({ value: n, label: t(`network.${n}`) }))}
            value={f.networks}
            onChange={(v) => set('networks', v)}
            error={errors.networks}
          />
          <MultiSelect
            label={t('rules.fields.kinds')}
            placeholder={t('rules.any')}
            data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            value={f.kinds}
            onChange={(v) => set('kinds', v)}
            error={errors.kinds}
          />
          <TagsInput
            label={t('rules.fields.keywords')}
            description={t('rules.fields.keywordsHint')}
            value={f.keywords}
            onChange={(v) => set('keywords', v)}
            error={errors.keywords}
            maxTags={50}
          />
          <TextInput
            label={t('rules.fields.pattern')}
            description={t('rules.fields.patternHint')}
            value={f.pattern}
            onChange={(e) => set('pattern', e.currentTarget.value)}
            error={errors.pattern}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
          <MultiSelect
            label={t('rules.fields.languages')}
            placeholder={t('rules.any')}
            data={[
              { value: 'fr', label: 'Français' },
              { value: 'en', label: 'English' },
            ]}
            value={f.languages}
            onChange={(v) => set('languages', v)}
            error={errors.languages}
          />
          <MultiSelect
            label={t('rules.fields.sentiments')}
            placeholder={t('rules.any')}
            data={SENTIMENTS.map((s) => ({ value: s, label: t(`sentiment.${s}`) }))}
            value={f.sentiments}
            onChange={(v) => set('sentiments', v)}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('rules.fields.isQuestion')}
            </Text>
            <SegmentedControl
              size="xs"
              value={f.isQuestion}
              onChange={(v) => set('isQuestion', v as RuleForm['isQuestion'])}
              data={[
                { value: 'any', label: t('rules.any') },
                { value: 'yes', label: t('rules.questionYes') },
                { value: 'no', label: t('rules.questionNo') },
              ]}
            />
          </Stack>
          <NumberInput
            label={t('rules.fields.minFollowers')}
            value={f.minFollowers}
            onChange={(v) => set('minFollowers', typeof v === 'number' ? v : '')}
            min={0}
            allowDecimal={false}
            error={errors.minFollowers}
          />
        </SimpleGrid>
        <Divider label={t('rules.actions')} labelPosition="left" />
        {errors.actions && (
          <Text size="sm" c="red" mt={-8}>
            {errors.actions}
          </Text>
        )}
        <SimpleGrid cols={2}>
          <Select
            label={t('rules.fields.assignee')}
            placeholder={t('rules.nobody')}
            data={people.handlers}
            value={f.assigneeId}
            onChange={(v) => set('assigneeId', v)}
            clearable
            searchable
          />
          <Select
            label={t('rules.fields.department')}
            placeholder={t('rules.noDepartment')}
            data={people.departments}
            value={f.departmentId}
            onChange={(v) => set('departmentId', v)}
            clearable
          />
          <Select
            label={t('rules.fields.priority')}
            placeholder={t('rules.unchanged')}
            data={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
            value={f.priority}
            onChange={(v) => set('priority', v as Priority | null)}
            clearable
          />
          <NumberInput
            label={t('rules.fields.targetMinutes')}
            placeholder={t('rules.unchanged')}
            value={f.targetMinutes}
            onChange={(v) => set('targetMinutes', typeof v === 'number' ? v : '')}
            min={1}
            max={10_080}
            allowDecimal={false}
            error={errors.targetMinutes}
          />
          <TagsInput
            label={t('rules.fields.tags')}
            value={f.tags}
            onChange={(v) => set('tags', v)}
            maxTags={20}
            error={errors.tags}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
