import type { AppContext } from '../../app/context.js';
import { AppError } from '../../app/errors.js';
import { newId } from '../../core/ids.js';
import { hashToken, randomToken } from '../../core/secrets.js';
import { runInBackground } from '../mail/background.js';
import { MailService } from '../mail/mail.service.js';
import { pickMailLocale } from '../mail/templates/mail.i18n.js';
import { passwordResetMail } from '../mail/templates/templates.js';
import { IdentityService } from './identity.service.js';
import { PasswordResetRepository } from './password-reset.repository.js';
import { UsersRepository } from './users.repository.js';

/** Reset links work once, for one hour. */
export const RESET_TTL_MINUTES = 60;
/** At most this many links per account per hour, whoever asks: a cap against mail bombing. */
export const RESETS_PER_HOUR = 3;

/** The one answer for a reset link that no longer works, whatever the reason. */
export const resetInvalid = () =>
  new AppError(400, 'reset_invalid', 'This reset link is invalid, expired or already used', 'token');

/** Password reset by e-mail link; never tells whether an address has an account. */
export class PasswordResetService {
  private readonly repo: PasswordResetRepository;
  private readonly users: UsersRepository;
  constructor(private readonly ctx: AppContext) {
    this.repo = new PasswordResetRepository(ctx.database.db);
    this.users = new UsersRepository(ctx.database.db);
  }

  /**
   * Answers at once and does the work afterwards: looking the address up, writing the link and talking
   * to SMTP would otherwise make a known address measurably slower to answer than an unknown one.
   */
  requestInBackground(email: string, locale?: 'en' | 'fr'): void {
    runInBackground(this.ctx, 'password-reset.request', () => this.request(email, locale));
  }

  /** Mails a reset link when the address has an active account; otherwise does nothing. */
  async request(email: string, locale?: 'en' | 'fr'): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || user.disabled_at) return;
    const now = this.ctx.clock.now();
    const hourAgo = new Date(now.getTime() - 3600_000).toISOString();
    if ((await this.repo.countSince(user.id, hourAgo)) >= RESETS_PER_HOUR) {
      this.ctx.logger.info(
        { userId: user.id },
        'password reset not sent: hourly cap reached for this account',
      );
      return;
    }
    const token = randomToken();
    await this.repo.insert({
      id: newId(now.getTime()),
      user_id: user.id,
      token_hash: hashToken(token),
      expires_at: new Date(now.getTime() + RESET_TTL_MINUTES * 60_000).toISOString(),
      used_at: null,
      created_at: now.toISOString(),
    });
    const mailLocale = pickMailLocale(user.locale, locale, await this.repo.workspaceLocaleOf(user.id));
    await new MailService(this.ctx).send({
      kind: 'password_reset',
      to: user.email,
      // Personal mail: no workspace, so no admin ever sees the link.
      workspaceId: null,
      message: passwordResetMail(mailLocale, {
        name: user.name,
        link: `${this.ctx.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`,
        validMinutes: RESET_TTL_MINUTES,
      }),
    });
  }

  /** Sets the new password with a valid link, then ends every session and every other open link. */
  async confirm(token: string, password: string): Promise<void> {
    const row = await this.repo.findByTokenHash(hashToken(token));
    const nowIso = this.ctx.clock.now().toISOString();
    if (!row || !(await this.repo.markUsed(row.id, nowIso))) throw resetInvalid();
    await new IdentityService(this.ctx).setPassword(row.user_id, password);
    await this.repo.closeOpenForUser(row.user_id, nowIso);
    this.ctx.logger.info({ userId: row.user_id }, 'password reset: new password set, every session ended');
  }
}
