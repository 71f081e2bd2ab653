import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmtpMailer } from '../../src/modules/mail/mailers.js';
import { decodeHeader, decodeQuotedPrintable } from '../support/mime.js';
import { linkIn, SmtpCapture } from '../support/smtp.js';

// The capture helper against nodemailer itself: what the SMTP peer receives is what a person would read.
describe('SMTP capture helper with nodemailer', () => {
  let smtp: SmtpCapture;
  let mailer: SmtpMailer;
  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    mailer = new SmtpMailer(smtp.url, 'Presence <no-reply@presence.local>');
  });
  afterAll(async () => {
    await mailer.close();
    await smtp.stop();
  });

  it('parses a multipart message with an encoded subject and a long quoted-printable link', async () => {
    const link = `http://localhost:3000/invitations/${'Ab-_9'.repeat(12)}`;
    const delivery = await mailer.deliver({
      to: 'Bob@Example.test',
      subject: 'Élodie vous invite à rejoindre « Boulangerie Dupont » sur Presence — un sujet assez long',
      text: `Bonjour,\n\nÉlodie vous invite.\n\nAccepter : ${link}\n`,
      html: `<p>Bonjour &amp; bienvenue</p><p><a href="${link}">${link}</a></p>`,
    });
    expect(delivery.status).toBe('sent');
    const mail = await smtp.waitFor('bob@example.test');
    expect(mail.from).toBe('no-reply@presence.local');
    expect(mail.subject).toBe(
      'Élodie vous invite à rejoindre « Boulangerie Dupont » sur Presence — un sujet assez long',
    );
    expect(mail.text).toContain('Élodie vous invite.');
    expect(linkIn(mail, '/invitations/')).toBe(link);
    expect(mail.html).toContain(`href="${link}"`);
  });

  it('hands out successive messages to the same address in order and times out clearly', async () => {
    await mailer.deliver({ to: 'carol@example.test', subject: 'one', text: 'first' });
    await mailer.deliver({ to: 'carol@example.test', subject: 'two', text: 'second' });
    expect((await smtp.waitFor('carol@example.test')).subject).toBe('one');
    expect((await smtp.waitFor('carol@example.test')).subject).toBe('two');
    await expect(smtp.waitFor('carol@example.test', 200)).rejects.toThrow(/No mail to carol@example.test/);
  });

  it('refuses recipients while `refusing`, which makes the SMTP adapter throw', async () => {
    smtp.refusing = true;
    try {
      await expect(mailer.deliver({ to: 'dan@example.test', subject: 'x', text: 'y' })).rejects.toThrow(
        /451/,
      );
    } finally {
      smtp.refusing = false;
    }
    expect(smtp.messages.some((m) => m.to.includes('dan@example.test'))).toBe(false);
  });

  it('decodes RFC 2047 words split inside a character and quoted-printable bytes', () => {
    expect(decodeHeader('=?UTF-8?Q?caf=C3?= =?UTF-8?Q?=A9_cr=C3=A8me?= ok')).toBe('café crème ok');
    expect(decodeHeader('=?UTF-8?B?w6l0w6k=?=')).toBe('été');
    expect(decodeQuotedPrintable('a=3Db=\r\nc').toString()).toBe('a=bc');
  });
});
