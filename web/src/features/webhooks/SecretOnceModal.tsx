import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SecretOnce } from './SecretOnce.js';

/** The new secret after a rotation, shown once. */
export function SecretOnceModal({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  const { t } = useTranslation('webhooks');
  return (
    <Modal
      opened={secret !== null}
      onClose={onClose}
      title={t('secret.title')}
      size="lg"
      centered
      closeOnClickOutside={false}
    >
      {secret && <SecretOnce secret={secret} onDone={onClose} />}
    </Modal>
  );
}
