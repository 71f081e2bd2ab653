import { describe, expect, it } from 'vitest';
import { notificationMail } from './notifications.mail.js';
import { NOTIFICATION_TYPES } from './notifications.types.js';

const base = { name: 'Marie', workspaceName: 'Acme', link: 'https://presence.example/w/1/calendar' };

describe('notification mail', () => {
  it('has a subject and a sentence for every type in English and French', () => {
    for (const type of NOTIFICATION_TYPES) {
      const en = notificationMail('en', { ...base, type, params: { title: 'Launch' } });
      const fr = notificationMail('fr', { ...base, type, params: { title: 'Launch' } });
      expect(en.subject, type).toBeTruthy();
      expect(fr.subject, type).not.toBe(en.subject);
      expect(en.text).toContain('Hello Marie,');
      expect(fr.text).toContain('Bonjour Marie,');
      expect(en.text).toContain(base.link);
    }
  });

  it('escapes values in the HTML part and keeps $ patterns and line breaks out of headers', () => {
    const m = notificationMail('en', {
      ...base,
      name: 'Bob $& Co',
      type: 'post.failed',
      params: { title: '<script>x</script>\nBcc: evil@example.test', reason: 'rate limited' },
    });
    expect(m.subject).not.toContain('\n');
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;');
    expect(m.text).toContain('Hello Bob $& Co,');
    expect(m.text).toContain(': rate limited');
  });
});
