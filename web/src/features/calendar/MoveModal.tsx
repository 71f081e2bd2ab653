import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCalendar } from './calendar-context.js';
import type { PlacedPost } from './layout.js';

/** "Move to…": the keyboard way to do what dragging a chip does, with a wall-clock date and time. */
export function MoveModal({ placed, onClose }: { placed: PlacedPost | null; onClose: () => void }) {
  const { t } = useTranslation('calendar');
  const cal = useCalendar();
  return (
    <Modal opened={!!placed} onClose={onClose} title={t('move.title')}>
      {placed && (
        <MoveForm key={placed.post.id} placed={placed} onDone={onClose} move={cal.move} zone={cal.timeZone} />
      )}
    </Modal>
  );
}

function MoveForm({
  placed,
  onDone,
  move,
  zone,
}: {
  placed: PlacedPost;
  onDone: () => void;
  move: (p: PlacedPost, local: string) => void;
  zone: string;
}) {
  const { t } = useTranslation('calendar');
  const [value, setValue] = useState(placed.local);
  const valid = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!valid) return;
        if (value !== placed.local) move(placed, value);
        onDone();
      }}
    >
      <Stack gap="md">
        <Text size="sm" fw={500}>
          {placed.post.title}
        </Text>
        <TextInput
          type="datetime-local"
          label={t('move.when')}
          description={t('move.zone', { zone })}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value.slice(0, 16))}
          error={!valid ? t('move.invalid') : undefined}
          data-autofocus
          required
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('move.cancel')}
          </Button>
          <Button type="submit" disabled={!valid}>
            {t('move.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
