import type {
  ConnectorCapabilities,
  ContentProblem,
  MediaItem,
  PostPart,
  TextRules,
} from './connector.port.js';

// Pure checks of content against a network's declared capabilities: the composer runs them live, and
// every connector runs them before its first network call (so an over-long post never leaves the host).

/**
 * What the checks need to know about one media item: its bytes at publish time, or only its size
 * while composing (the composer checks uploaded files without loading them).
 */
export type MediaFacts = Pick<MediaItem, 'kind' | 'mimeType' | 'altText'> &
  ({ data: Uint8Array } | { sizeBytes: number });

/** A part as the checks read it: a `PostPart`, or a draft whose media are known by their size. */
export type CheckedPart = Omit<PostPart, 'media'> & { media?: readonly MediaFacts[] };

/** A publish request as the checks read it (a `PublishRequest` fits). */
export interface CheckedRequest {
  /** Present on a `PublishRequest`; the checks do not read it. */
  idempotencyKey?: string;
  parts: readonly CheckedPart[];
  firstComment?: CheckedPart;
}

function sizeOf(m: MediaFacts): number {
  return 'data' in m ? m.data.byteLength : m.sizeBytes;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Number of user-perceived characters (extended grapheme clusters) in `text`. */
export function graphemeLength(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

// Close to what Mastodon counts as a URL: a scheme, then anything up to whitespace.
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+/gi;
// `@user@domain.tld` → the domain part does not count on Mastodon.
const REMOTE_MENTION = /(^|[^\w@])(@[\w.]+)@[\w.-]+\.\w+/gu;

/** The length of `text` as the network counts it. */
export function measureText(text: string, rules: TextRules): number {
  let counted = text;
  let extra = 0;
  if (rules.urlLength !== null) {
    const urlLength = rules.urlLength;
    counted = counted.replace(URL_PATTERN, () => {
      extra += urlLength;
      return '';
    });
  }
  if (rules.mentionDomainsFree) counted = counted.replace(REMOTE_MENTION, '$1$2');
  const base = rules.unit === 'graphemes' ? graphemeLength(counted) : Array.from(counted).length;
  return base + extra;
}

/** Problems with one part's text and media; `path` prefixes every problem's location. */
export function checkPart(part: CheckedPart, caps: ConnectorCapabilities, path: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const media = part.media ?? [];
  const length = measureText(part.text, caps.text);
  if (part.text.trim() === '' && media.length === 0 && !part.link) {
    problems.push({ code: 'text_empty', path: `${path}.text`, message: 'The text is empty' });
  }
  if (length > caps.text.maxLength) {
    problems.push({
      code: 'text_too_long',
      path: `${path}.text`,
      message: `The text is ${length} long; the network accepts ${caps.text.maxLength}`,
      limit: caps.text.maxLength,
      actual: length,
    });
  } else if (caps.text.maxBytes !== null) {
    const bytes = Buffer.byteLength(part.text, 'utf8');
    if (bytes > caps.text.maxBytes) {
      problems.push({
        code: 'text_too_long',
        path: `${path}.text`,
        message: `The text takes ${bytes} bytes; the network accepts ${caps.text.maxBytes}`,
        limit: caps.text.maxBytes,
        actual: bytes,
      });
    }
  }
  const kinds = new Set(media.map((m) => m.kind));
  if (kinds.size > 1 && !caps.mixedMedia) {
    problems.push({
      code: 'mixed_media_unsupported',
      path: `${path}.media`,
      message: 'The network does not mix kinds of media in one post',
    });
  }
  for (const kind of kinds) {
    const limit = caps.media[kind];
    const count = media.filter((m) => m.kind === kind).length;
    if (!limit) {
      problems.push({
        code: 'media_kind_unsupported',
        path: `${path}.media`,
        message: `The network does not take ${kind} media`,
      });
    } else if (count > limit.maxPerPost) {
      problems.push({
        code: 'too_many_media',
        path: `${path}.media`,
        message: `${count} ${kind} items; the network accepts ${limit.maxPerPost}`,
        limit: limit.maxPerPost,
        actual: count,
      });
    }
  }
  media.forEach((m, i) => {
    const limit = caps.media[m.kind];
    if (!limit) return;
    const where = `${path}.media.${i}`;
    if (!limit.mimeTypes.includes(m.mimeType)) {
      problems.push({
        code: 'media_type_unsupported',
        path: where,
        message: `The network does not take ${m.mimeType}`,
      });
    }
    const size = sizeOf(m);
    if (size > limit.maxBytes) {
      problems.push({
        code: 'media_too_large',
        path: where,
        message: `The file takes ${size} bytes; the network accepts ${limit.maxBytes}`,
        limit: limit.maxBytes,
        actual: size,
      });
    }
    const alt = measureText(m.altText, { ...caps.text, urlLength: null, mentionDomainsFree: false });
    if (limit.altTextMaxLength !== null && alt > limit.altTextMaxLength) {
      problems.push({
        code: 'alt_text_too_long',
        path: `${where}.altText`,
        message: `The alt text is ${alt} long; the network accepts ${limit.altTextMaxLength}`,
        limit: limit.altTextMaxLength,
        actual: alt,
      });
    }
  });
  if (part.visibility && !caps.visibility.includes(part.visibility)) {
    problems.push({
      code: 'visibility_unsupported',
      path: `${path}.visibility`,
      message: `The network has no "${part.visibility}" visibility`,
    });
  }
  if (part.contentWarning && !caps.contentWarning) {
    problems.push({
      code: 'content_warning_unsupported',
      path: `${path}.contentWarning`,
      message: 'The network has no content warnings',
    });
  }
  return problems;
}

/** Every problem that stops `request` from being published on a network with `caps`. */
export function checkPublishRequest(request: CheckedRequest, caps: ConnectorCapabilities): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (request.parts.length === 0) {
    problems.push({ code: 'text_empty', path: 'parts', message: 'Nothing to publish' });
  }
  if (request.parts.length > 1 && !caps.threads.supported) {
    problems.push({ code: 'threads_unsupported', path: 'parts', message: 'The network has no threads' });
  } else if (request.parts.length > caps.threads.maxParts && caps.threads.supported) {
    problems.push({
      code: 'too_many_parts',
      path: 'parts',
      message: `${request.parts.length} parts; the network accepts ${caps.threads.maxParts}`,
      limit: caps.threads.maxParts,
      actual: request.parts.length,
    });
  }
  request.parts.forEach((part, i) => problems.push(...checkPart(part, caps, `parts.${i}`)));
  if (request.firstComment) {
    if (caps.firstComment === 'none') {
      problems.push({
        code: 'first_comment_unsupported',
        path: 'firstComment',
        message: 'The network has no first comment',
      });
    } else {
      problems.push(...checkPart(request.firstComment, caps, 'firstComment'));
    }
  }
  return problems;
}
