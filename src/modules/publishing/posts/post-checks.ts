import {
  comparableText,
  diceSimilarity,
  isNearDuplicate,
} from '../../strategy/completeness/text-similarity.js';
import type {
  ConnectorCapabilities,
  ContentProblem,
  HealthStatus,
  MediaKind,
  Visibility,
} from '../connectors/connector.port.js';
import {
  checkPublishRequest,
  measureText,
  type CheckedPart,
  type MediaFacts,
} from '../connectors/content-rules.js';

// The composer's live checks, pure: the service gathers the inputs (capabilities, media sizes, the
// editorial line, existing actions) and these functions say what is wrong and how badly.
// Severity: `error` blocks scheduling (the network would refuse, or cannot publish now); `warning` is
// a rule of the house the user may knowingly break; `info` is a hint.

export type CheckSeverity = 'error' | 'warning' | 'info';

/** One finding, as the API returns it (POSTS-API.md `Check`). */
export interface Check {
  severity: CheckSeverity;
  code: string;
  variantIndex: number | null;
  path: string;
  params: Record<string, string | number>;
}

export interface Checks {
  items: Check[];
  blocking: boolean;
  lengths: { variantIndex: number; used: number; limit: number; unit: 'graphemes' | 'characters' }[];
}

/** A media reference with what the media store knows of it (null: no such file in the workspace). */
export interface CheckedMedia {
  mediaId: string;
  altText: string;
  facts: { kind: MediaKind; mimeType: string; sizeBytes: number } | null;
}

/** One variant with what the checks need about its account and network. */
export interface CheckedVariant {
  network: string;
  caps: ConnectorCapabilities;
  accountHealth: HealthStatus;
  text: string;
  media: CheckedMedia[];
  thread: { text: string; media: CheckedMedia[] }[];
  firstComment: string | null;
  visibility: Visibility | null;
  contentWarning: string | null;
}

/** The parts of the editorial line (strategy step 6) a post is checked against. */
export interface EditorialRules {
  wordsToAvoid: readonly string[];
  requiredHashtags: readonly string[];
  requiredMentions: readonly string[];
  /** Whether the line defines content pillars (then a post should name one). */
  hasPillars: boolean;
}

export interface PostCheckInput {
  variants: CheckedVariant[];
  editorial: EditorialRules;
  pillarId: string | null;
  /** Strategy step 2's existing actions: a post that repeats one's description is a copy. */
  existingActions: readonly { name: string; description: string }[];
  /**
   * The text as it will be published, for length checks: with link tracking on, each URL is
   * replaced by a short link (the network's own URL rule then applies). Identity when off.
   */
  asPublished: (text: string) => string;
}

/** Every finding for a post, whether any blocks scheduling, and each variant's length gauge. */
export function checkPost(input: PostCheckInput): Checks {
  const items: Check[] = [];
  const lengths: Checks['lengths'] = [];
  input.variants.forEach((v, i) => {
    items.push(...networkChecks(v, i, input.asPublished));
    items.push(...mediaChecks(v, i));
    items.push(...editorialChecks(v, i, input.editorial));
    if (v.accountHealth === 'needs_reconnect') {
      items.push(check('error', 'account_needs_reconnect', i, `variants.${i}.accountId`));
    }
    lengths.push({
      variantIndex: i,
      used: measureText(input.asPublished(v.text), v.caps.text),
      limit: v.caps.text.maxLength,
      unit: v.caps.text.unit,
    });
  });
  items.push(...copyChecks(input.variants, input.existingActions));
  if (input.editorial.hasPillars && !input.pillarId)
    items.push(check('warning', 'no_pillar', null, 'pillarId'));
  return { items, blocking: items.some((c) => c.severity === 'error'), lengths };
}

function check(
  severity: CheckSeverity,
  code: string,
  variantIndex: number | null,
  path: string,
  params: Record<string, string | number> = {},
): Check {
  return { severity, code, variantIndex, path, params };
}

/** The connector's own rules, on the text as published; problem paths mapped to the input's fields. */
function networkChecks(v: CheckedVariant, i: number, asPublished: (t: string) => string): Check[] {
  const facts = (media: CheckedMedia[]): MediaFacts[] =>
    media.flatMap((m) => (m.facts ? [{ ...m.facts, altText: m.altText }] : []));
  const first: CheckedPart = {
    text: asPublished(v.text),
    media: facts(v.media),
    ...(v.visibility ? { visibility: v.visibility } : {}),
    ...(v.contentWarning ? { contentWarning: v.contentWarning } : {}),
  };
  const parts: CheckedPart[] = [
    first,
    ...v.thread.map((p) => ({ text: asPublished(p.text), media: facts(p.media) })),
  ];
  const problems = checkPublishRequest(
    { parts, ...(v.firstComment ? { firstComment: { text: asPublished(v.firstComment) } } : {}) },
    v.caps,
  );
  return problems.map((p) => check('error', p.code, i, `variants.${i}.${mapPath(p.path)}`, problemParams(p)));
}

function problemParams(p: ContentProblem): Record<string, number> {
  return {
    ...(p.limit !== undefined ? { limit: p.limit } : {}),
    ...(p.actual !== undefined ? { actual: p.actual } : {}),
  };
}

/** `parts.0.text` → `text`, `parts.2.media.1` → `thread.1.media.1`, `firstComment.text` → `firstComment`. */
export function mapPath(path: string): string {
  if (path === 'parts') return 'thread';
  if (path.startsWith('firstComment')) return 'firstComment';
  const m = /^parts\.(\d+)(?:\.(.*))?$/.exec(path);
  if (!m) return path;
  const n = Number(m[1]);
  const rest = m[2] ? `.${m[2]}` : '';
  return n === 0 ? (rest ? rest.slice(1) : 'text') : `thread.${n - 1}${rest}`;
}

/** Media unknown to the workspace (an error) and images without a description (a warning). */
function mediaChecks(v: CheckedVariant, i: number): Check[] {
  const out: Check[] = [];
  const each = (media: CheckedMedia[], base: string) =>
    media.forEach((m, k) => {
      if (!m.facts) out.push(check('error', 'media_unavailable', i, `${base}.media.${k}`));
      else if (m.altText.trim() === '')
        out.push(check('warning', 'alt_text_missing', i, `${base}.media.${k}.altText`));
    });
  each(v.media, `variants.${i}`);
  v.thread.forEach((p, k) => each(p.media, `variants.${i}.thread.${k}`));
  return out;
}

/** Accents and case removed, so "Gratuit" matches "gratuit" and "économie" matches "economie". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `needle` appears in `text` as a whole word (or whole tag), ignoring case and accents. */
function containsWord(text: string, needle: string): boolean {
  const n = fold(needle.trim());
  if (!n) return false;
  return new RegExp(`(^|[^\\p{L}\\p{N}_])${escape(n)}(?=$|[^\\p{L}\\p{N}_])`, 'u').test(fold(text));
}

function editorialChecks(v: CheckedVariant, i: number, rules: EditorialRules): Check[] {
  const out: Check[] = [];
  const all = [v.text, ...v.thread.map((p) => p.text), v.firstComment ?? ''].join('\n');
  const path = `variants.${i}.text`;
  for (const word of rules.wordsToAvoid) {
    if (containsWord(all, word)) out.push(check('warning', 'word_to_avoid', i, path, { word }));
  }
  for (const tag of rules.requiredHashtags) {
    const hashtag = `#${tag.trim().replace(/^#/, '')}`;
    if (hashtag !== '#' && !containsWord(all, hashtag)) {
      out.push(check('warning', 'missing_hashtag', i, path, { hashtag }));
    }
  }
  for (const who of rules.requiredMentions) {
    const mention = `@${who.trim().replace(/^@/, '')}`;
    if (mention !== '@' && !containsWord(all, mention)) {
      out.push(check('warning', 'missing_mention', i, path, { mention }));
    }
  }
  return out;
}

/**
 * Copy-paste across networks: identical variants (after normalisation) are a warning, near copies an
 * info; a variant repeating an existing action's description is a warning (say something new).
 */
function copyChecks(
  variants: readonly CheckedVariant[],
  actions: readonly { name: string; description: string }[],
): Check[] {
  const out: Check[] = [];
  const texts = variants.map((v) => comparableText(v.text));
  for (let i = 0; i < variants.length; i += 1) {
    for (let j = 0; j < i; j += 1) {
      const a = texts[i]!;
      const b = texts[j]!;
      if (!a || !b) continue;
      const similarity = Math.round(diceSimilarity(a, b) * 100);
      if (a === b) {
        out.push(
          check('warning', 'variants_identical', i, `variants.${i}.text`, { otherIndex: j, similarity: 100 }),
        );
      } else if (isNearDuplicate(variants[i]!.text, variants[j]!.text)) {
        out.push(check('info', 'variants_similar', i, `variants.${i}.text`, { otherIndex: j, similarity }));
      }
    }
    for (const action of actions) {
      if (action.description.trim() && isNearDuplicate(variants[i]!.text, action.description)) {
        out.push(
          check('warning', 'copies_existing_action', i, `variants.${i}.text`, { actionTitle: action.name }),
        );
      }
    }
  }
  return out;
}
