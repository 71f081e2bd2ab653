import { useTranslation } from 'react-i18next';
import type { AppNotification } from './notifications.api.js';

/**
 * The sentence of a notification in the interface language: the server stores a key and values, so a
 * notification reads in French for one colleague and English for another.
 */
export function useNotificationText(): (n: AppNotification) => string {
  const { t } = useTranslation('notifications');
  return (n) =>
    t(n.titleKey, {
      // Values a sender may leave out read as neutral words rather than as empty gaps.
      title: t('fallback.title'),
      actorName: t('fallback.someone'),
      network: '',
      ...n.params,
      onNetwork: n.params.network ? t('fallback.onNetwork', { network: n.params.network }) : '',
      // An approval outcome picks its sentence by decision (title_approved, title_rejected…).
      ...(typeof n.params.decision === 'string' ? { context: n.params.decision } : {}),
      defaultValue: t('fallback.unknown'),
    });
}
