import { describe, expect, it } from 'vitest';
import { classifyVisit } from './bot-detection.js';

describe('classifyVisit', () => {
  it.each([
    ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'googlebot'],
    ['Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)', 'bingbot'],
    ['Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)', 'slackbot'],
    ['Twitterbot/1.0', 'twitterbot'],
    ['facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)', 'facebookexternalhit'],
    ['LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)', 'linkedinbot'],
    ['Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)', 'discordbot'],
    ['TelegramBot (like TwitterBot)', 'telegrambot'],
    ['WhatsApp/2.23.20.0 A', 'whatsapp'],
    ['Mozilla/5.0 (compatible; Bluesky Cardyb/1.1; +mailto:support@bsky.app)', 'bluesky-cardyb'],
    ['http.rb/5.1.1 (Mastodon/4.3.0; +https://mastodon.social/)', 'mastodon'],
    ['Pleroma 2.5.0; https://pleroma.example <admin@pleroma.example>', 'fediverse'],
    ['curl/8.5.0', 'curl'],
    ['Wget/1.21.4', 'wget'],
    ['python-requests/2.31.0', 'python'],
    ['Go-http-client/1.1', 'http-library'],
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36',
      'headless-browser',
    ],
    ['SomeNewPreviewer/3.0 (+https://previews.example/about)', 'generic_bot'],
    ['MyCrawler 1.0', 'generic_bot'],
  ])('flags %s as %s', (ua, reason) => {
    expect(classifyVisit('GET', ua)).toEqual({ isBot: true, reason });
  });

  it('flags a missing or blank User-Agent', () => {
    expect(classifyVisit('GET', undefined)).toEqual({ isBot: true, reason: 'empty_user_agent' });
    expect(classifyVisit('GET', '   ')).toEqual({ isBot: true, reason: 'empty_user_agent' });
  });

  it('flags HEAD requests (previews probe with HEAD), even from a browser user agent', () => {
    expect(classifyVisit('HEAD', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/128.0')).toEqual({
      isBot: true,
      reason: 'head_request',
    });
  });

  it.each([
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0',
    'Mozilla/5.0 (Linux; Android 9; CUBOT X19) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/470.0]',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 340.0',
  ])('counts a person: %s', (ua) => {
    expect(classifyVisit('GET', ua)).toEqual({ isBot: false, reason: null });
  });
});
