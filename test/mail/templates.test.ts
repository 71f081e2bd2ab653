import { describe, expect, it } from 'vitest';
import { MAIL_STRINGS, pickMailLocale } from '../../src/modules/mail/templates/mail.i18n.js';
import { escapeHtml, fill } from '../../src/modules/mail/templates/render.js';
import { invitationMail, passwordResetMail } from '../../src/modules/mail/templates/templates.js';

const link = 'https://presence.example/invitations/tok_123';

describe('mail templates', () => {
  it('writes the invitation in English and in French, text and HTML', () => {
    const en = invitationMail('en', {
      inviterName: 'Alice Martin',
      workspaceName: 'Acme',
      role: 'community_manager',
      link,
      validDays: 7,
    });
    expect(en.subject).toBe('Alice Martin invited you to Acme on Presence');
    expect(en.text).toContain('as community manager');
    expect(en.text).toContain(link);
    expect(en.text).toContain('valid for 7 days');
    const fr = invitationMail('fr', {
      inviterName: 'Alice Martin',
      workspaceName: 'Acme',
      role: 'editor',
      link,
      validDays: 7,
    });
    expect(fr.subject).toBe('Alice Martin vous invite à rejoindre Acme sur Presence');
    expect(fr.text).toContain('en tant que rédacteur');
    expect(fr.text).toContain('valable 7 jours');
    expect(fr.html).toContain('<html lang="fr">');
    expect(fr.html).toContain(`href="${link}"`);
  });

  it('escapes names in HTML and keeps line breaks out of the subject', () => {
    const m = invitationMail('en', {
      inviterName: 'Eve\r\nBcc: victim@example.test',
      workspaceName: '<script>alert("x")</script> & Co',
      role: 'admin',
      link,
      validDays: 7,
    });
    expect(m.subject).not.toMatch(/[\r\n]/);
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(m.text).toContain('<script>alert("x")</script> & Co');
  });

  it('writes the password reset in both languages with its validity', () => {
    const en = passwordResetMail('en', { name: 'Bob', link, validMinutes: 60 });
    expect(en.subject).toBe('Reset your Presence password');
    expect(en.text).toContain('Hello Bob,');
    expect(en.text).toContain('60 minutes');
    const fr = passwordResetMail('fr', { name: 'Bob', link, validMinutes: 60 });
    expect(fr.subject).toBe('Réinitialisez votre mot de passe Presence');
    expect(fr.text).toContain('Bonjour Bob,');
  });

  it('has the same keys in every language and a label for every role', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' ? keys(v as object).map((x) => `${k}.${x}`) : [k],
      );
    expect(keys(MAIL_STRINGS.fr).sort()).toEqual(keys(MAIL_STRINGS.en).sort());
  });

  it('picks the first known language, else English', () => {
    expect(pickMailLocale(null, 'fr', 'en')).toBe('fr');
    expect(pickMailLocale('en', 'fr')).toBe('en');
    expect(pickMailLocale(undefined, 'de', null)).toBe('en');
  });

  it('refuses a template value that is missing and a non-http link', () => {
    expect(() => fill('Hello {name}', {})).toThrow(/name/);
    expect(() =>
      passwordResetMail('en', { name: 'x', link: 'javascript:alert(1)', validMinutes: 60 }),
    ).toThrow();
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
