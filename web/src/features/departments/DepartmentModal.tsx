import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../../api/client.js';
import { keys, wsPath } from '../../api/paths.js';
import type { DataOf, Department, Member } from '../../api/types.js';
import { useWorkspace } from '../../app/workspace.js';
import { FormError } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { checks, useForm } from '../../lib/form.js';
import { notifySuccess } from '../../lib/notify.js';

interface Values extends Record<string, unknown> {
  name: string;
  headUserId: string | null;
}

/** Create a department, or rename one and choose its head. */
export function DepartmentModal({
  opened,
  onClose,
  department,
  members,
}: {
  opened: boolean;
  onClose: () => void;
  /** null to create. */
  department: Department | null;
  members: Member[];
}) {
  const { t } = useTranslation('departments');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={department ? t('edit.title') : t('create.title')}
      centered
    >
      {opened && <DepartmentForm department={department} members={members} onClose={onClose} />}
    </Modal>
  );
}

function DepartmentForm({
  department,
  members,
  onClose,
}: {
  department: Department | null;
  members: Member[];
  onClose: () => void;
}) {
  const { t } = useTranslation('departments');
  const { id } = useWorkspace();
  const qc = useQueryClient();
  const describe = useDescribeError();
  const form = useForm<Values>(
    { name: department?.name ?? '', headUserId: department?.headUserId ?? null },
    (v) => ({ name: checks.required(v.name) ? undefined : t('common:validation.required') }),
  );
  const save = useMutation({
    mutationFn: (v: Values) =>
      department
        ? patch<DataOf<Department>>(wsPath(id, `/departments/${encodeURIComponent(department.id)}`), v)
        : post<DataOf<Department>>(wsPath(id, '/departments'), v.headUserId ? v : { name: v.name }),
    onSuccess: async ({ data }) => {
      await qc.invalidateQueries({ queryKey: keys.departments(id) });
      notifySuccess(
        department ? t('edit.saved', { name: data.name }) : t('create.done', { name: data.name }),
      );
      onClose();
    },
    onError: (e) => form.fail(e, describe),
  });

  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
      <Stack gap="md">
        <FormError message={form.formError} />
        <TextInput label={t('fields.name')} required data-autofocus {...form.text('name')} />
        <Select
          label={t('fields.head')}
          description={t('fields.headHint')}
          placeholder={t('fields.noHead')}
          data={members.map((m) => ({ value: m.userId, label: `${m.name} (${m.email})` }))}
          value={form.values.headUserId}
          onChange={(v) => form.set('headUserId', v)}
          error={form.error('headUserId')}
          clearable
          searchable
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {department ? t('common:save') : t('create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
