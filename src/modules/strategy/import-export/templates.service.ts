import type { AppContext } from '../../../app/context.js';
import { invalid } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { STRATEGY_TEMPLATES } from '../templates/index.js';
import { replaceDraftWith, type ReplaceOutcome } from './import-export.service.js';
import { checkSnapshot } from './snapshot-file.js';

/** The templates a draft can start from, without their content. */
export function listTemplates() {
  return STRATEGY_TEMPLATES.map((t) => ({ id: t.id, name: t.name, description: t.description }));
}

/**
 * Replaces the draft with a template in the chosen language (409 unless the draft is empty or
 * `replace` is set). Templates name no people, so any person reference they might hold is dropped.
 */
export async function applyTemplate(
  ctx: AppContext,
  actor: Actor,
  input: { templateId: string; locale: 'en' | 'fr'; replace: boolean },
): Promise<ReplaceOutcome> {
  const template = STRATEGY_TEMPLATES.find((t) => t.id === input.templateId);
  if (!template) throw invalid('templateId', 'No template with this id');
  const snapshot = template.build(input.locale, ctx.clock.now());
  const problems = checkSnapshot(snapshot);
  // A template is our own data: an inconsistency is a bug to fix, not the user's mistake.
  if (problems.length)
    throw new Error(`template ${template.id} is inconsistent: ${JSON.stringify(problems)}`);
  return replaceDraftWith(ctx, actor, snapshot, {
    replace: input.replace,
    resolver: async () => () => null,
    audit: (outcome) => ({
      action: 'strategy.template_applied',
      objectType: 'strategy',
      objectId: actor.workspaceId,
      summary: `Started the strategy from the template “${template.name[input.locale]}”`,
      after: { templateId: template.id, locale: input.locale, ...outcome },
    }),
  });
}
