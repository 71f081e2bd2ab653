/**
 * The one way the web talks to the server: JSON in and out, the CSRF token on writes, and problem
 * documents turned into ApiError with the invalid fields, so forms can point at them.
 */
export interface ProblemField {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: ProblemField[] = [],
    /** The whole problem document, for members a feature defines (e.g. `row` and `column` of a CSV). */
    readonly problem: Record<string, unknown> = {},
  ) {
    super(message);
  }
  /** The message for one field, if the server named it. */
  fieldMessage(field: string): string | undefined {
    return this.fields.find((f) => f.field === field)?.message;
  }
}

let csrfToken = '';
let language = 'en';
/** The interface language, sent as Accept-Language so the server can answer in it. */
export function setApiLanguage(lang: string): void {
  language = lang;
}
/** Set from the session payload after sign-in or on load. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Sends one request; resolves with the parsed body, rejects with ApiError (status 0 when offline). */
/** The CSRF header for a request the JSON client cannot make (a raw file upload). */
export function csrfHeader(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        'accept-language': language,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(method !== 'GET' && csrfToken ? { 'x-csrf-token': csrfToken } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (e) {
    throw new ApiError(0, 'network', e instanceof Error ? e.message : 'Network error');
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    // A proxy's HTML error page, for instance: keep the status, drop the body.
    data = undefined;
  }
  if (!res.ok) {
    const p = (data ?? {}) as { code?: string; detail?: string; errors?: ProblemField[] };
    throw new ApiError(
      res.status,
      p.code ?? 'error',
      p.detail ?? res.statusText,
      p.errors ?? [],
      (data ?? {}) as Record<string, unknown>,
    );
  }
  return data as T;
}

export const get = <T>(url: string) => api<T>('GET', url);
export const post = <T>(url: string, body: unknown = {}) => api<T>('POST', url, body);
export const patch = <T>(url: string, body: unknown) => api<T>('PATCH', url, body);
export const put = <T>(url: string, body: unknown) => api<T>('PUT', url, body);
export const del = <T>(url: string) => api<T>('DELETE', url);
