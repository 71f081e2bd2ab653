import { useTranslation } from 'react-i18next';
import { networkName } from './calendar.js';
import type { CauseHours } from './organisation.api.js';

/** A workload cause as a sentence: "Publishing on LinkedIn — carousels". */
export function useCauseLabel(): (c: CauseHours) => string {
  const { t } = useTranslation('organisation');
  return (c) => {
    const network = c.networkId ? networkName(c.networkId) : '';
    switch (c.kind) {
      case 'publishing':
        return t('cause.publishing', { network, format: t(`formatPlural.${c.format ?? 'short_post'}`) });
      case 'inbox':
        return t('cause.inbox', { network });
      case 'action':
        return t('cause.action', { label: c.label ?? '' });
      case 'post':
        return t('cause.post', { label: c.label ?? '', network });
    }
  };
}
