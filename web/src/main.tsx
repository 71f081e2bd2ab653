import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import 'dayjs/locale/fr';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api/client.js';
import { keys } from './api/paths.js';
import { App } from './app/App.js';
import { theme } from './app/theme.js';
import { ConfirmProvider } from './components/confirm.js';
import './i18n/index.js';
import i18n from './i18n/index.js';
import { syncDocumentLanguage } from './lib/language.js';

// A session that ended elsewhere (expired, signed out in another tab, password changed) surfaces as
// a 401 on any call: forget it, and the guards send the person to sign-in.
const onAuthLost = (error: unknown) => {
  if (error instanceof ApiError && error.status === 401 && queryClient.getQueryData(keys.session)) {
    queryClient.setQueryData(keys.session, null);
  }
};
const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onAuthLost }),
  mutationCache: new MutationCache({ onError: onAuthLost }),
  defaultOptions: {
    queries: {
      retry: (count, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

syncDocumentLanguage();
i18n.on('languageChanged', syncDocumentLanguage);

/** Date pickers follow the interface language; weeks start on Monday (ISO 8601). */
function LocalisedDates({ children }: { children: ReactNode }) {
  const { i18n: i } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i.resolvedLanguage ?? 'en', firstDayOfWeek: 1 }}>
      {children}
    </DatesProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <LocalisedDates>
          <ConfirmProvider>
            <App />
          </ConfirmProvider>
        </LocalisedDates>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
