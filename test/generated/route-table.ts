import { listRoutes, type RouteInfo } from '../../src/app/http/registry.js';
import { newId } from '../../src/core/ids.js';
import { createTestApp } from '../support/app.js';

/** The parts of JSON Schema the generated suites read (as @fastify/swagger emits them from Zod). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  minItems?: number;
  minimum?: number;
  exclusiveMinimum?: number;
}

/** A route of the table plus what the OpenAPI document says about its inputs. */
export interface RouteCase extends RouteInfo {
  /** `PATCH /api/v1/workspaces/:workspaceId`: how tests name the route. */
  label: string;
  /** Path parameters other than workspaceId, in URL order. */
  params: string[];
  /** The JSON body schema, when the route takes a JSON body. */
  body?: JsonSchema;
  /** Query parameters and their schemas. */
  query: { name: string; schema: JsonSchema }[];
}

interface OpenApiOperation {
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  parameters?: { in: string; name: string; schema?: JsonSchema }[];
}

/** `/a/:b/c` → `/a/{b}/c`, the OpenAPI spelling of a path. */
function openApiPath(url: string): string {
  return url.replace(/:(\w+)/g, '{$1}');
}

/**
 * Builds the whole app once and reads its route table, with each route's body and query schemas from
 * the generated OpenAPI document: the suites iterate this, so a new route is covered the day it lands.
 */
export async function loadRouteTable(): Promise<RouteCase[]> {
  const t = await createTestApp('sqlite');
  try {
    const doc = t.app.swagger() as { paths?: Record<string, Record<string, OpenApiOperation>> };
    return listRoutes().map((r) => {
      const op = doc.paths?.[openApiPath(r.url)]?.[r.method.toLowerCase()];
      const body = op?.requestBody?.content?.['application/json']?.schema;
      const query = (op?.parameters ?? [])
        .filter((p) => p.in === 'query')
        .map((p) => ({ name: p.name, schema: p.schema ?? {} }));
      const params = [...r.url.matchAll(/:(\w+)/g)].map((m) => m[1]!).filter((p) => p !== 'workspaceId');
      return { ...r, label: `${r.method} ${r.url}`, params, query, ...(body ? { body } : {}) };
    });
  } finally {
    await t.close();
  }
}

/** The URL with each `:param` replaced: given values first, a fresh unknown id otherwise. */
export function fillUrl(url: string, values: Record<string, string> = {}): string {
  return url.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(values[name] ?? newId()));
}

/** Whether the method carries a body (the Client sends `{}` for these). */
export function sendsBody(method: RouteInfo['method']): boolean {
  return method === 'POST' || method === 'PUT' || method === 'PATCH';
}

/** JSON types a schema accepts; empty when the schema says nothing we can rely on. */
export function acceptedTypes(s: JsonSchema): Set<string> {
  const out = new Set<string>();
  const add = (t: string) => {
    out.add(t);
    if (t === 'integer') out.add('number');
  };
  if (typeof s.type === 'string') add(s.type);
  if (Array.isArray(s.type)) s.type.forEach(add);
  for (const v of [...(s.enum ?? []), ...('const' in s ? [s.const] : [])]) {
    add(v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  }
  for (const sub of [...(s.anyOf ?? []), ...(s.oneOf ?? [])]) {
    const inner = acceptedTypes(sub);
    if (inner.size === 0) return new Set();
    inner.forEach(add);
  }
  return out;
}

/** A JSON value of a type the schema does not accept, or undefined when the schema is too loose. */
export function wrongValue(s: JsonSchema): unknown {
  const types = acceptedTypes(s);
  if (types.size === 0) return undefined;
  const candidates: [string, unknown][] = [
    ['boolean', true],
    ['number', 12345],
    ['string', 'not-the-right-type'],
    ['array', ['not-the-right-type']],
    ['object', { not: 'the right type' }],
  ];
  return candidates.find(([t]) => !types.has(t))?.[1];
}

type Sample = { ok: true; value: unknown } | { ok: false; why: string };

/**
 * A minimal valid value for a schema: required properties only, the first enum member, the smallest
 * allowed size. Patterns cannot be inverted in general, so a schema with one needs a hand-written sample.
 */
export function sampleValue(s: JsonSchema, path = 'body'): Sample {
  if ('const' in s) return { ok: true, value: s.const };
  if (s.enum?.length) return { ok: true, value: s.enum[0] };
  for (const alternatives of [s.anyOf, s.oneOf]) {
    if (!alternatives) continue;
    for (const alt of alternatives) {
      const got = sampleValue(alt, path);
      if (got.ok) return got;
    }
    return { ok: false, why: `${path}: no alternative can be sampled` };
  }
  const types = acceptedTypes(s);
  if (types.has('null')) return { ok: true, value: null };
  if (s.pattern) return { ok: false, why: `${path} must match ${s.pattern}` };
  if (types.has('object') || s.properties) {
    const value: Record<string, unknown> = {};
    for (const key of s.required ?? []) {
      const got = sampleValue(s.properties?.[key] ?? {}, `${path}.${key}`);
      if (!got.ok) return got;
      value[key] = got.value;
    }
    return { ok: true, value };
  }
  if (types.has('array')) {
    const items: unknown[] = [];
    for (let i = 0; i < (s.minItems ?? 0); i += 1) {
      const got = sampleValue(s.items ?? {}, `${path}.${i}`);
      if (!got.ok) return got;
      items.push(got.value);
    }
    return { ok: true, value: items };
  }
  if (types.has('string')) {
    const formats: Record<string, string> = {
      email: `sample.${newId().slice(-12)}@example.test`,
      'date-time': '2030-01-01T00:00:00.000Z',
      date: '2030-01-01',
      uuid: newId(),
      uri: 'https://example.test/sample',
    };
    if (s.format && formats[s.format]) return { ok: true, value: formats[s.format] };
    return { ok: true, value: 'Sample'.padEnd(Math.max(s.minLength ?? 1, 6), 'x') };
  }
  if (types.has('integer') || types.has('number')) {
    return { ok: true, value: s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1) };
  }
  if (types.has('boolean')) return { ok: true, value: false };
  return { ok: false, why: `${path}: the schema gives no type` };
}
