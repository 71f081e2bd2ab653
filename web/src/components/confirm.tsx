import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmOptions {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /** Red confirm button, for what cannot be undone. */
  danger?: boolean;
  /** When set, the person must type this text (e.g. the workspace's name) to confirm. */
  typeToConfirm?: string;
}

type Ask = (o: ConfirmOptions) => Promise<boolean>;
const Ctx = createContext<Ask | null>(null);

/** Hosts the one confirmation dialog of the app; pages ask through useConfirm(). */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [opts, setOpts] = useState<ConfirmOptions | null>(null);
  const [typed, setTyped] = useState('');
  const resolver = useRef<((ok: boolean) => void) | null>(null);

  const ask = useCallback<Ask>(
    (o) =>
      new Promise<boolean>((resolve) => {
        resolver.current?.(false);
        resolver.current = resolve;
        setTyped('');
        setOpts(o);
      }),
    [],
  );
  const close = (ok: boolean) => {
    resolver.current?.(ok);
    resolver.current = null;
    setOpts(null);
  };
  const blocked = opts?.typeToConfirm !== undefined && typed.trim() !== opts.typeToConfirm;

  return (
    <Ctx.Provider value={ask}>
      {children}
      <Modal opened={opts !== null} onClose={() => close(false)} title={opts?.title} centered>
        <Stack gap="md">
          <Text size="sm">{opts?.message}</Text>
          {opts?.typeToConfirm !== undefined && (
            <TextInput
              label={t('confirm.typeToConfirm', { text: opts.typeToConfirm })}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              data-autofocus
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => close(false)}>
              {t('cancel')}
            </Button>
            <Button color={opts?.danger ? 'red' : undefined} disabled={blocked} onClick={() => close(true)}>
              {opts?.confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Ctx.Provider>
  );
}

/** Asks the person to confirm; resolves true when they do. */
export function useConfirm(): Ask {
  const ask = useContext(Ctx);
  if (!ask) throw new Error('useConfirm() outside ConfirmProvider');
  return ask;
}
