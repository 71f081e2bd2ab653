import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { ApiError, get, patch, post, setCsrfToken } from '../api/client.js';
import { API, keys } from '../api/paths.js';
import type { Session, SessionUser } from '../api/types.js';
import { applyLanguage, currentLanguage } from '../lib/language.js';

/** The current session, or null when nobody is signed in (401 is an answer here, not an error). */
async function loadSession(): Promise<Session | null> {
  try {
    const s = await get<Session>(`${API}/session`);
    setCsrfToken(s.csrfToken);
    return s;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

/** The session query; every page reads it through the hooks below. */
export function useSessionQuery() {
  return useQuery({ queryKey: keys.session, queryFn: loadSession, staleTime: 5 * 60_000, retry: false });
}

/** The signed-in session when known; null when signed out; undefined while loading. */
export function useOptionalSession(): Session | null | undefined {
  return useSessionQuery().data;
}

/** The session inside pages that only render once signed in (behind RequireSession). */
export function useSession(): Session {
  const s = useOptionalSession();
  if (!s) throw new Error('useSession() used outside a signed-in route');
  return s;
}

/** Stores a session payload from sign-in, sign-up or an accepted invitation. */
export function useApplySession(): (s: Session) => void {
  const qc = useQueryClient();
  return useCallback(
    (s: Session) => {
      setCsrfToken(s.csrfToken);
      qc.setQueryData(keys.session, s);
    },
    [qc],
  );
}

/**
 * Signs out, then loads the sign-in page afresh: a full page load drops every cached answer of the
 * person who left, and no signed-in page is left rendering without its session.
 */
export function useSignOut() {
  return useMutation({
    mutationFn: () => post<void>(`${API}/auth/sign-out`),
    onSettled: () => {
      setCsrfToken('');
      window.location.assign('/sign-in');
    },
  });
}

/** Follows the profile's language when a person signs in (their saved choice wins over the browser). */
export function useProfileLanguage(): void {
  const locale = useOptionalSession()?.user.locale;
  useEffect(() => {
    if (locale && locale !== currentLanguage()) void applyLanguage(locale);
  }, [locale]);
}

/** PATCH /me: name, language, time zone; the session in the cache follows. */
export function useUpdateProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<Pick<SessionUser, 'name' | 'locale' | 'timeZone'>>) =>
      patch<SessionUser>(`${API}/me`, body),
    onSuccess: (user) => {
      qc.setQueryData<Session | null>(keys.session, (s) => (s ? { ...s, user } : s));
    },
  });
}
