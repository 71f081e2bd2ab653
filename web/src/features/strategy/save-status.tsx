import { Group, Loader, Text } from '@mantine/core';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IconAlert, IconCheck } from '../../components/icons.js';

type Track = <T>(work: () => Promise<T>) => Promise<T>;

interface SaveState {
  pending: number;
  failed: boolean;
  savedAt: number | null;
}

const Ctx = createContext<{ state: SaveState; track: Track } | null>(null);

/** Counts the builder's writes in flight so the header can say "Saving…", "Saved" or "Not saved". */
export function SaveStatusProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SaveState>({ pending: 0, failed: false, savedAt: null });
  const track = useCallback<Track>(async (work) => {
    setState((s) => ({ ...s, pending: s.pending + 1 }));
    try {
      const result = await work();
      setState((s) => ({ pending: s.pending - 1, failed: false, savedAt: Date.now() }));
      return result;
    } catch (e) {
      setState((s) => ({ ...s, pending: s.pending - 1, failed: true }));
      throw e;
    }
  }, []);
  const value = useMemo(() => ({ state, track }), [state, track]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** Wraps one write so the save indicator follows it. */
export function useSaveTracker(): Track {
  const c = useContext(Ctx);
  if (!c) throw new Error('useSaveTracker() outside SaveStatusProvider');
  return c.track;
}

/** The "Saving… / All changes saved / Not saved" badge of the builder's header. */
export function SaveIndicator() {
  const { t } = useTranslation('strategy');
  const c = useContext(Ctx);
  if (!c) return null;
  const { pending, failed, savedAt } = c.state;
  if (pending > 0)
    return (
      <Group gap={6} role="status" aria-live="polite">
        <Loader size={14} />
        <Text size="sm" c="dimmed">
          {t('save.saving')}
        </Text>
      </Group>
    );
  if (failed)
    return (
      <Group gap={6} role="status" aria-live="polite" c="red">
        <IconAlert size={16} />
        <Text size="sm">{t('save.failed')}</Text>
      </Group>
    );
  return (
    <Group gap={6} role="status" aria-live="polite" c={savedAt ? 'teal' : 'dimmed'}>
      <IconCheck size={16} />
      <Text size="sm">{savedAt ? t('save.saved') : t('save.autosave')}</Text>
    </Group>
  );
}
