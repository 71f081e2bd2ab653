import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The application shell; the web helper builds routing, sign-in and the workspace layout here. */
export function App() {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Loader aria-label={t('loading')} />
    </Center>
  );
}
