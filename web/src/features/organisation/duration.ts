import { useTranslation } from 'react-i18next';

/** Minutes as "30 min", "4 h", "1 h 30", "2 d 3 h" in the interface language. */
export function useDuration(): (minutes: number) => string {
  const { t } = useTranslation('organisation');
  return (minutes) => {
    const m = Math.round(minutes);
    if (m < 60) return t('duration.minutes', { m });
    const days = Math.floor(m / 1440);
    const hours = Math.floor((m % 1440) / 60);
    const rest = m % 60;
    if (days > 0)
      return hours ? t('duration.daysHours', { d: days, h: hours }) : t('duration.days', { d: days });
    return rest ? t('duration.hoursMinutes', { h: hours, m: rest }) : t('duration.hours', { h: hours });
  };
}
