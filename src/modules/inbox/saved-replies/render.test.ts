import { describe, expect, it } from 'vitest';
import { renderReply, unknownVariables } from './render.js';

const values = {
  contact: { displayName: 'Bob Reader', handle: 'bob@mastodon.example' },
  agentName: 'Alice',
  workspaceName: 'Acme',
};

describe('saved reply variables', () => {
  it('fills every variable, spaces inside the braces allowed', () => {
    expect(
      renderReply(
        'Hi {{contact.name}} ({{ contact.handle }}), {{agent.name}} from {{workspace.name}} here.',
        values,
      ),
    ).toBe('Hi Bob Reader (@bob@mastodon.example), Alice from Acme here.');
  });

  it('falls back to the handle when the contact has no name', () => {
    expect(
      renderReply('Hi {{contact.name}}', { ...values, contact: { displayName: ' ', handle: 'bob' } }),
    ).toBe('Hi bob');
  });

  it('names unknown variables', () => {
    expect(unknownVariables('Hi {{contact.name}} {{order.id}} {{ foo }}')).toEqual(['order.id', 'foo']);
    expect(unknownVariables('Hi {{contact.name}}')).toEqual([]);
  });
});
