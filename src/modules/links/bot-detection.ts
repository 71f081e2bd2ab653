/**
 * Tells people from machines on /l/{code}. When a post goes out, every network, messenger and search
 * engine that sees the link fetches it to build a preview; counting those would report dozens of
 * "clicks" nobody made. Bots are still recorded (is_bot = 1, with the reason) so the count can be
 * audited, but only human visits count as clicks. See docs/decisions/0010-tracked-links.md.
 */

export interface VisitKind {
  isBot: boolean;
  /** Why it is a bot: `head_request`, `empty_user_agent`, or the fetcher's name; null for a person. */
  reason: string | null;
}

// Named crawlers and link-preview fetchers, matched case-insensitively against the User-Agent. The
// name becomes the recorded reason, so the audit shows who fetched the link.
const KNOWN: readonly (readonly [name: string, pattern: RegExp])[] = [
  ['googlebot', /googlebot|google-inspectiontool|adsbot-google|mediapartners-google|googleother/i],
  ['bingbot', /bingbot|bingpreview|msnbot/i],
  ['applebot', /applebot/i],
  ['duckduckbot', /duckduckbot|duckassistbot/i],
  ['yandexbot', /yandex(bot|images)/i],
  ['baiduspider', /baiduspider/i],
  ['slackbot', /slackbot|slack-imgproxy/i],
  // Before twitterbot: Telegram's fetcher says "TelegramBot (like TwitterBot)".
  ['telegrambot', /telegrambot/i],
  ['twitterbot', /twitterbot/i],
  ['facebookexternalhit', /facebookexternalhit|facebookcatalog|meta-externalagent/i],
  ['linkedinbot', /linkedinbot/i],
  ['discordbot', /discordbot/i],
  ['whatsapp', /whatsapp/i],
  ['skype', /skypeuripreview/i],
  ['pinterestbot', /pinterest(bot)?\//i],
  ['redditbot', /redditbot/i],
  ['embedly', /embedly/i],
  ['iframely', /iframely/i],
  // Bluesky's card fetcher ("Bluesky Cardyb/1.1").
  ['bluesky-cardyb', /cardyb/i],
  // Every Mastodon server that receives the post fetches its preview card ("http.rb/5.1.1 (Mastodon/4.3.0; +https://…)").
  ['mastodon', /\bmastodon\//i],
  ['fediverse', /\b(pleroma|akkoma|misskey|sharkey|firefish|iceshrimp|gotosocial|friendica|lemmy)\b/i],
  ['curl', /^curl\//i],
  ['wget', /\bwget\//i],
  ['python', /python-requests|python-urllib|aiohttp|httpx/i],
  [
    'http-library',
    /\b(go-http-client|node-fetch|undici|axios|java\/|okhttp\/|libwww-perl|http\.rb|guzzlehttp)/i,
  ],
  ['headless-browser', /headlesschrome|phantomjs|chrome-lighthouse|puppeteer|playwright/i],
  ['archiver', /ia_archiver|archive\.org_bot/i],
];

// Generic signs of a robot: "…bot/1.0", a lone word "bot", "crawler", "spider", or a "+https://" info
// URL (browsers never send one). Words glued to letters ("CUBOT", a phone brand) do not match.
const GENERIC = /\bbot\b|[a-z]bot\/|crawler|spider|\+https?:\/\//i;

/** Classifies one visit from its method and User-Agent header. */
export function classifyVisit(method: string, userAgent: string | undefined): VisitKind {
  // Link previews often probe with HEAD; a person's browser follows links with GET.
  if (method.toUpperCase() === 'HEAD') return { isBot: true, reason: 'head_request' };
  const ua = (userAgent ?? '').trim();
  if (ua === '') return { isBot: true, reason: 'empty_user_agent' };
  for (const [name, pattern] of KNOWN) if (pattern.test(ua)) return { isBot: true, reason: name };
  if (GENERIC.test(ua)) return { isBot: true, reason: 'generic_bot' };
  return { isBot: false, reason: null };
}
