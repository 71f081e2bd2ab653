import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, post } from '../../api/client.js';
import { queryString, wsPath } from '../../api/paths.js';
import type { DataOf } from '../../api/types.js';
import { inboxKeys } from './inbox.api.js';
import type { InboxItem } from './inbox.types.js';

/** A contact as the people endpoints show it (mirrors src/modules/inbox/people/people.schemas.ts). */
export interface PersonContact {
  id: string;
  network: string;
  handle: string;
  displayName: string | null;
  avatarUrl: string | null;
  profileUrl: string | null;
  personId: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
}

export interface SentimentPoint {
  month: string;
  positive: number;
  neutral: number;
  negative: number;
}

export interface ContactProfile {
  contact: PersonContact;
  linked: PersonContact[];
  counts: {
    items: number;
    questions: number;
    byNetwork: { key: string; count: number }[];
    byKind: { key: string; count: number }[];
    bySentiment: { positive: number; neutral: number; negative: number };
  };
  firstSeenAt: string | null;
  lastSeenAt: string | null;
  sentimentTrend: SentimentPoint[];
  items: InboxItem[];
}

export interface ContactSuggestion {
  contact: PersonContact;
  reasons: ('same_name' | 'same_handle')[];
}

const enc = encodeURIComponent;
const profileKey = (ws: string, id: string) => [...inboxKeys.all(ws), 'contact', id] as const;

/** GET /inbox/contacts/:id — the person behind a contact, across networks. */
export function useContactProfile(ws: string, contactId: string) {
  return useQuery({
    queryKey: profileKey(ws, contactId),
    queryFn: () => get<DataOf<ContactProfile>>(wsPath(ws, `/inbox/contacts/${enc(contactId)}`)),
    select: (r) => r.data,
  });
}

/** GET /inbox/contacts/:id/suggestions — who may be the same person, or a search when `q` is given. */
export function useContactSuggestions(ws: string, contactId: string, q: string, enabled: boolean) {
  return useQuery({
    queryKey: [...profileKey(ws, contactId), 'suggestions', q] as const,
    queryFn: () =>
      get<DataOf<ContactSuggestion[]>>(
        wsPath(ws, `/inbox/contacts/${enc(contactId)}/suggestions${queryString({ q: q || undefined })}`),
      ),
    select: (r) => r.data,
    enabled,
  });
}

/** POST /inbox/contacts/:id/links and DELETE …/links: link as the same person, or unlink. */
export function useContactLinks(ws: string) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: inboxKeys.all(ws) });
  const link = useMutation({
    mutationFn: ({ id, otherId }: { id: string; otherId: string }) =>
      post<DataOf<ContactProfile>>(wsPath(ws, `/inbox/contacts/${enc(id)}/links`), { contactId: otherId }),
    onSuccess: refresh,
  });
  const unlink = useMutation({
    mutationFn: (id: string) => del<DataOf<ContactProfile>>(wsPath(ws, `/inbox/contacts/${enc(id)}/links`)),
    onSuccess: refresh,
  });
  return { link, unlink };
}
