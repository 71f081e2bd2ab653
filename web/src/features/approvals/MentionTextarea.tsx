import { Paper, Stack, Text, Textarea, UnstyledButton } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  activeMention,
  insertMention,
  matchMembers,
  mentionHandle,
  type ActiveMention,
  type Mentionable,
} from './mentions.js';

/**
 * A comment box that offers workspace members when an `@handle` is typed: arrows to move, Enter or
 * Tab to insert, Escape to close; the server reads the same handles to notify the people named.
 */
export function MentionTextarea({
  value,
  onChange,
  members,
  label,
  placeholder,
  error,
  onSubmitShortcut,
}: {
  value: string;
  onChange: (v: string) => void;
  members: Mentionable[];
  label: string;
  placeholder?: string;
  error?: string | undefined;
  /** Ctrl/⌘+Enter. */
  onSubmitShortcut?: () => void;
}) {
  const { t } = useTranslation('approvals');
  const ref = useRef<HTMLTextAreaElement>(null);
  const [mention, setMention] = useState<ActiveMention | null>(null);
  const [highlight, setHighlight] = useState(0);
  const matches = mention ? matchMembers(members, mention.query) : [];
  const open = mention !== null && matches.length > 0;

  const track = (text: string, caret: number) => {
    const m = activeMention(text, caret);
    setMention(m);
    if (m?.query !== mention?.query) setHighlight(0);
  };
  const choose = (m: Mentionable) => {
    if (!mention) return;
    const next = insertMention(value, mention, mentionHandle(m));
    onChange(next.text);
    setMention(null);
    // Put the caret after the inserted handle once React has written the new value.
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(next.caret, next.caret);
    });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const step = e.key === 'ArrowDown' ? 1 : -1;
        setHighlight((h) => (h + step + matches.length) % matches.length);
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        choose(matches[Math.min(highlight, matches.length - 1)]!);
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        setMention(null);
        return;
      }
    }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && onSubmitShortcut) {
      e.preventDefault();
      onSubmitShortcut();
    }
  };

  return (
    <div style={{ position: 'relative' }}>
      <Textarea
        ref={ref}
        label={label}
        placeholder={placeholder}
        autosize
        minRows={2}
        maxRows={8}
        maxLength={5000}
        value={value}
        error={error}
        onChange={(e) => {
          onChange(e.currentTarget.value);
          track(e.currentTarget.value, e.currentTarget.selectionStart);
        }}
        onKeyDown={onKeyDown}
        onKeyUp={(e) => {
          if (e.key === 'ArrowLeft' || e.key === 'ArrowRight' || e.key === 'Home' || e.key === 'End')
            track(e.currentTarget.value, e.currentTarget.selectionStart);
        }}
        onClick={(e) => track(e.currentTarget.value, e.currentTarget.selectionStart)}
        onBlur={() => window.setTimeout(() => setMention(null), 150)}
        aria-autocomplete="list"
        aria-expanded={open}
      />
      {open && (
        <Paper
          withBorder
          shadow="md"
          radius="sm"
          p={4}
          role="listbox"
          aria-label={t('comments.suggestions')}
          style={{ position: 'absolute', zIndex: 300, left: 0, right: 0, top: '100%', marginTop: 2 }}
        >
          <Stack gap={0}>
            {matches.map((m, i) => (
              <UnstyledButton
                key={m.userId}
                role="option"
                aria-selected={i === highlight}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(m);
                }}
                onMouseEnter={() => setHighlight(i)}
                px="sm"
                py={6}
                style={{
                  borderRadius: 4,
                  background: i === highlight ? 'var(--mantine-color-indigo-0)' : undefined,
                }}
              >
                <Text size="sm" fw={500}>
                  {m.name}
                </Text>
                <Text size="xs" c="dimmed">
                  @{mentionHandle(m)} · {m.email}
                </Text>
              </UnstyledButton>
            ))}
          </Stack>
        </Paper>
      )}
    </div>
  );
}
