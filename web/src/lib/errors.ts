import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';

/**
 * Turns any failure into a sentence for the user: by status and code in their language, and the
 * server's own explanation where only it knows (a conflict, a rule of the domain).
 */
export function useDescribeError(): (err: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (err: unknown) => {
      if (!(err instanceof ApiError)) return t('errors.unexpected');
      if (err.status === 0) return t('errors.network');
      if (err.code === 'csrf') return t('errors.csrf');
      if (err.status === 401) return t('errors.unauthorized');
      if (err.status === 403) return t('errors.forbidden');
      if (err.status === 404) return t('errors.notFound');
      if (err.status === 429) return t('errors.rateLimited');
      if (err.status >= 500) return t('errors.server');
      // A domain rule the web knows by its code reads in the user's language; others keep the server's words.
      if (i18n.exists(`common:errors.codes.${err.code}`)) return t(`errors.codes.${err.code}`);
      return err.message || t('errors.unexpected');
    },
    [t, i18n],
  );
}
