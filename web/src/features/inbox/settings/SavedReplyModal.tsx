import {
  Button,
  Code,
  Group,
  Modal,
  Select,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../../app/workspace.js';
import { FormError } from '../../../components/ui.js';
import { useDescribeError } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useSaveSavedReply } from '../inbox.api.js';
import type { SavedReply } from '../inbox.types.js';
import { splitFieldErrors } from './field-errors.js';

const VARIABLES = ['{{contact.name}}', '{{contact.handle}}', '{{agent.name}}', '{{workspace.name}}'];
const FIELDS = ['title', 'body', 'language', 'tags'] as const;

/** Adds or edits a saved reply; the variables are filled in when an agent picks it. */
export function SavedReplyModal({ reply, onClose }: { reply: SavedReply | null; onClose: () => void }) {
  const { t } = useTranslation('inbox');
  const { id: ws } = useWorkspace();
  const describe = useDescribeError();
  const save = useSaveSavedReply(ws);
  const [title, setTitle] = useState(reply?.title ?? '');
  const [body, setBody] = useState(reply?.body ?? '');
  const [language, setLanguage] = useState<string>(reply?.language ?? 'any');
  const [tags, setTags] = useState<string[]>(reply?.tags ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = () => {
    const errs: Record<string, string> = {};
    if (!title.trim()) errs.title = t('form.required');
    if (!body.trim()) errs.body = t('form.required');
    setErrors(errs);
    setFormError(null);
    if (Object.keys(errs).length) return;
    save.mutate(
      {
        ...(reply ? { id: reply.id } : {}),
        title: title.trim(),
        body: body.trim(),
        language: language === 'any' ? null : (language as 'fr' | 'en'),
        tags,
      },
      {
        onSuccess: () => {
          notifySuccess(t('saved.savedOk'));
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
    <Modal opened onClose={onClose} title={reply ? t('saved.editTitle') : t('saved.newTitle')} size="lg">
      <Stack gap="md">
        <FormError message={formError} />
        <TextInput
          label={t('saved.fields.title')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
          maxLength={120}
          required
          data-autofocus
        />
        <Textarea
          label={t('saved.fields.body')}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={errors.body}
          autosize
          minRows={4}
          maxLength={5000}
          required
        />
        <Text size="xs" c="dimmed">
          {t('saved.variables')}{' '}
          {VARIABLES.map((v) => (
            <Code key={v} mr={4}>
              {v}
            </Code>
          ))}
        </Text>
        <Group grow align="flex-start">
          <Select
            label={t('saved.fields.language')}
            data={[
              { value: 'any', label: t('saved.anyLanguage') },
              { value: 'fr', label: 'Français' },
              { value: 'en', label: 'English' },
            ]}
            value={language}
            onChange={(v) => setLanguage(v ?? 'any')}
            allowDeselect={false}
            error={errors.language}
          />
          <TagsInput
            label={t('saved.fields.tags')}
            value={tags}
            onChange={setTags}
            maxTags={20}
            error={errors.tags}
          />
        </Group>
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
