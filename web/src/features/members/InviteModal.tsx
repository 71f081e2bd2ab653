import { Button, Group, Modal, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Department, Locale, Role } from '../../api/types.js';
import { useWorkspace } from '../../app/workspace.js';
import { LanguageSelect } from '../../components/pickers.js';
import { useRoleOptionRenderer, useRoleOptions } from '../../components/roles.js';
import { FormError } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { checks, useForm } from '../../lib/form.js';
import { currentLanguage } from '../../lib/language.js';
import { notifySuccess } from '../../lib/notify.js';
import { useInvite } from './members.api.js';

interface Values extends Record<string, unknown> {
  email: string;
  role: Role;
  departmentIds: string[];
  locale: Locale;
}

/** Invite someone by e-mail with a role and departments; the link in the mail is valid 7 days. */
export function InviteModal({
  opened,
  onClose,
  departments,
}: {
  opened: boolean;
  onClose: () => void;
  departments: Department[];
}) {
  const { t } = useTranslation('members');
  return (
    <Modal opened={opened} onClose={onClose} title={t('invite.title')} size="lg" centered>
      {opened && <InviteForm onClose={onClose} departments={departments} />}
    </Modal>
  );
}

function InviteForm({ onClose, departments }: { onClose: () => void; departments: Department[] }) {
  const { t } = useTranslation('members');
  const { id, role, grantableRoles } = useWorkspace();
  const describe = useDescribeError();
  const roles = grantableRoles;
  const roleOptions = useRoleOptions(roles);
  const renderRole = useRoleOptionRenderer();
  const form = useForm<Values>(
    {
      email: '',
      role: roles.includes('editor') ? 'editor' : (roles[0] ?? role),
      departmentIds: [],
      locale: currentLanguage(),
    },
    (v) => ({ email: checks.email(v.email) ? undefined : t('common:validation.email') }),
  );
  const invite = useInvite(id);

  return (
    <form
      onSubmit={form.onSubmit((v) =>
        invite.mutate(v, {
          onSuccess: () => {
            notifySuccess(t('invite.sent', { email: v.email.trim() }));
            onClose();
          },
          onError: (e) => form.fail(e, describe),
        }),
      )}
      noValidate
    >
      <Stack gap="md">
        <FormError message={form.formError} />
        <TextInput
          label={t('invite.email')}
          type="email"
          placeholder={t('invite.emailPlaceholder')}
          required
          data-autofocus
          {...form.text('email')}
        />
        <Select
          label={t('invite.role')}
          description={t('invite.roleHint')}
          data={roleOptions}
          renderOption={renderRole}
          value={form.values.role}
          onChange={(v) => v && form.set('role', v as Role)}
          allowDeselect={false}
          error={form.error('role')}
          maxDropdownHeight={320}
        />
        <MultiSelect
          label={t('invite.departments')}
          description={t('invite.departmentsHint')}
          placeholder={form.values.departmentIds.length ? undefined : t('invite.departmentsPlaceholder')}
          data={departments.map((d) => ({ value: d.id, label: d.name }))}
          value={form.values.departmentIds}
          onChange={(v) => form.set('departmentIds', v)}
          error={form.error('departmentIds')}
          clearable
          searchable
        />
        <LanguageSelect
          label={t('invite.language')}
          description={t('invite.languageHint')}
          value={form.values.locale}
          onChange={(v) => form.set('locale', v)}
          error={form.error('locale')}
        />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={invite.isPending}>
            {t('invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
