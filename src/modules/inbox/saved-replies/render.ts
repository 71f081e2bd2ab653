/**
 * Saved-reply variables, pure. `{{contact.name}}` is the author's display name (their handle when they
 * have none), `{{contact.handle}}` their handle, `{{agent.name}}` the person replying, and
 * `{{workspace.name}}` the workspace. Unknown variables are refused when the reply is saved, so a
 * reply never goes out with braces in it.
 */

export const VARIABLES = ['contact.name', 'contact.handle', 'agent.name', 'workspace.name'] as const;
export type Variable = (typeof VARIABLES)[number];

const PLACEHOLDER = /\{\{\s*([a-zA-Z_.]+)\s*\}\}/gu;

/** The variables a body uses that do not exist. */
export function unknownVariables(body: string): string[] {
  const out = new Set<string>();
  for (const m of body.matchAll(PLACEHOLDER)) {
    if (!(VARIABLES as readonly string[]).includes(m[1]!)) out.add(m[1]!);
  }
  return [...out];
}

export interface RenderValues {
  contact: { displayName: string | null; handle: string };
  agentName: string;
  workspaceName: string;
}

/** The body with each variable replaced by its value. */
export function renderReply(body: string, v: RenderValues): string {
  const values: Record<Variable, string> = {
    'contact.name': v.contact.displayName?.trim() || v.contact.handle,
    'contact.handle': v.contact.handle.startsWith('@') ? v.contact.handle : `@${v.contact.handle}`,
    'agent.name': v.agentName,
    'workspace.name': v.workspaceName,
  };
  return body.replace(PLACEHOLDER, (whole, name: string) =>
    (VARIABLES as readonly string[]).includes(name) ? values[name as Variable] : whole,
  );
}
