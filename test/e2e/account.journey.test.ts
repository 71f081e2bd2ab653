import { describe, expect, it } from 'vitest';
import { useJourneyStack } from './support/stack.js';
import { linkIn } from '../support/smtp.js';
import { newPerson, screenshot } from './support/browser.js';
import { screenshotOnFailure } from './support/failures.js';
import { apiJson, choose, visible, workspaceIdOf } from './support/journey.js';

// A person whose browser speaks French: the interface starts in French, they organise departments,
// create and revoke an API token (used for real over HTTP), open a second workspace and switch back,
// edit business hours, then forget their password and reset it from the link in the mail.
describe('account journey (French browser)', () => {
  const stack = useJourneyStack();

  it('works in French from the first page, with tokens, workspaces, hours and a password reset', async () => {
    const person = await newPerson(stack.browser, stack.server.url, {
      locale: 'fr-FR',
      timezoneId: 'America/Toronto',
    });
    const page = person.page;
    screenshotOnFailure(page, 'account');
    const email = `mathilde.${Date.now().toString(36)}@example.test`;
    const nav = page.getByRole('navigation');

    // The browser's language and time zone are the defaults.
    await page.goto('/sign-up');
    await visible(page.getByRole('heading', { name: 'Créez votre compte' }));
    expect(await page.getByRole('textbox', { name: 'Fuseau horaire' }).inputValue()).toContain(
      'America/Toronto',
    );
    await page.getByLabel('Votre nom').fill('Mathilde Roy');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Mot de passe').fill('une phrase assez longue');
    await page.getByLabel('Nom de l’espace de travail').fill('Coopérative Roy');
    await page.getByRole('button', { name: 'Créer le compte et l’espace' }).click();
    await page.waitForURL(/\/w\/[^/]+$/);
    const firstId = workspaceIdOf(page.url());
    await visible(page.getByRole('heading', { name: 'Coopérative Roy' }));
    const session = await apiJson<{ user: { locale: string; timeZone: string } }>(page, '/api/v1/session');
    expect(session.user).toMatchObject({ locale: 'fr', timeZone: 'America/Toronto' });

    // A department of their own.
    await nav.getByRole('link', { name: 'Services' }).click();
    await page.getByRole('button', { name: 'Nouveau service' }).click();
    await page.getByRole('dialog').getByLabel('Nom').fill('Partenariats');
    await choose(page, 'Responsable du service', /Mathilde Roy/, page.getByRole('dialog'));
    await page.getByRole('dialog').getByRole('button', { name: 'Créer le service' }).click();
    await visible(page.getByRole('cell', { name: 'Partenariats' }));
    await screenshot(page, '20-departments-fr');

    // An API token: the secret is shown once and works as a Bearer token until revoked.
    await nav.getByRole('link', { name: 'Jetons d’API' }).click();
    await page.getByRole('button', { name: 'Créer un jeton' }).first().click();
    await page.getByRole('dialog').getByLabel('Nom').fill('Script de reporting');
    await page.getByRole('dialog').getByRole('button', { name: 'Créer le jeton' }).click();
    const secretBox = page.getByLabel('Le nouveau jeton d’API');
    await visible(secretBox);
    const secret = (await secretBox.innerText()).trim();
    expect(secret).toMatch(/^prs_/);
    await screenshot(page, '21-api-token-secret-fr');
    const viaToken = (auth: string) =>
      fetch(`${stack.server.url}/api/v1/workspaces/${firstId}`, {
        headers: { authorization: `Bearer ${auth}` },
      });
    expect((await viaToken(secret)).status).toBe(200);
    await page.getByRole('button', { name: 'Je l’ai copié' }).click();
    await page.getByRole('button', { name: 'Révoquer' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Révoquer le jeton' }).click();
    await visible(page.getByText('Révoqué', { exact: true }));
    expect((await viaToken(secret)).status).toBe(401);

    // A second workspace (an agency's client), then back to the first.
    await page.getByRole('button', { name: 'Changer d’espace de travail' }).click();
    await page.getByRole('menuitem', { name: 'Créer un espace de travail' }).click();
    await page.getByRole('dialog').getByLabel('Nom de l’espace de travail').fill('Client Boulangerie');
    await page.getByRole('dialog').getByRole('button', { name: 'Créer l’espace' }).click();
    await visible(page.getByRole('heading', { name: 'Client Boulangerie' }));
    expect(workspaceIdOf(page.url())).not.toBe(firstId);
    await page.getByRole('button', { name: 'Changer d’espace de travail' }).click();
    await screenshot(page, '22-workspace-switcher-fr');
    await page.getByRole('menuitem', { name: /Coopérative Roy/ }).click();
    await visible(page.getByRole('heading', { name: 'Coopérative Roy' }));

    // Business hours: open on Saturday morning too.
    await nav.getByRole('link', { name: 'Paramètres' }).click();
    await page.getByRole('switch', { name: 'Ouvert le samedi' }).check();
    await page.getByLabel('Fermeture du samedi').fill('12:30');
    await page.getByRole('button', { name: 'Enregistrer' }).nth(1).click();
    await visible(page.getByText('Paramètres enregistrés'));
    const ws = await apiJson<{ data: { businessHours: { weekdays: { day: number; end: string }[] } } }>(
      page,
      `/api/v1/workspaces/${firstId}`,
    );
    expect(ws.data.businessHours.weekdays).toContainEqual(expect.objectContaining({ day: 6, end: '12:30' }));
    await screenshot(page, '23-settings-fr');

    await nav.getByRole('link', { name: 'Profil' }).click();
    await visible(page.getByRole('heading', { name: 'Votre profil' }));
    await screenshot(page, '24-profile-fr');

    // Signed out, the password is forgotten: the link in the mail sets a new one.
    await page.getByRole('button', { name: 'Votre compte' }).click();
    await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    // The sign-in page has an e-mail field too: wait for the new page before typing.
    await visible(page.getByRole('heading', { name: 'Réinitialiser le mot de passe' }));
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('button', { name: 'Envoyer le lien' }).click();
    await visible(page.getByText('Consultez votre messagerie'));
    await screenshot(page, '25-forgot-password-fr');
    const mail = await stack.smtp.waitFor(email, 20_000);
    await page.goto(linkIn(mail, '/reset-password'));
    await page.getByLabel('Nouveau mot de passe').fill('un tout nouveau secret');
    await page.getByLabel('Confirmez le mot de passe').fill('un tout nouveau secret');
    await screenshot(page, '26-reset-password-fr');
    await page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).click();
    await visible(page.getByText('Votre mot de passe a été modifié'));
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Mot de passe').fill('un tout nouveau secret');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/w\/[^/]+$/);
    await visible(page.getByRole('heading', { name: 'Coopérative Roy' }));

    await page.goto('/nulle-part');
    await visible(page.getByRole('heading', { name: 'Page introuvable' }));

    expect(person.errors).toEqual([]);
    await person.context.close();
  });
});
