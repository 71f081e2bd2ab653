import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../api/types.js';
import { IconCheck, IconChevronDown, IconGlobe } from '../../components/icons.js';
import { useDescribeError } from '../../lib/errors.js';
import { applyLanguage, currentLanguage, LANGUAGES } from '../../lib/language.js';
import { notifyError } from '../../lib/notify.js';
import { useOptionalSession, useUpdateProfile } from '../session.js';

/** FR/EN: applies at once, remembered in the browser and, when signed in, in the profile. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const session = useOptionalSession();
  const update = useUpdateProfile();
  const describe = useDescribeError();
  const lang = currentLanguage();
  const current = LANGUAGES.find((l) => l.value === lang);

  const choose = async (value: Locale) => {
    await applyLanguage(value);
    if (session && session.user.locale !== value) {
      update.mutate({ locale: value }, { onError: (e) => notifyError(describe(e)) });
    }
  };

  return (
    <Menu position="bottom-end" width={180} shadow="md">
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          size="compact-md"
          leftSection={<IconGlobe />}
          rightSection={<IconChevronDown size={14} />}
          aria-label={t('language.label')}
        >
          {current?.short}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {LANGUAGES.map((l) => (
          <Menu.Item
            key={l.value}
            lang={l.value}
            onClick={() => void choose(l.value)}
            rightSection={l.value === lang ? <IconCheck size={16} /> : null}
          >
            {l.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
