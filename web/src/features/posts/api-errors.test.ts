import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.js';
import { placeFieldErrors, problemChecks } from './api-errors.js';

describe('problemChecks', () => {
  it('reads the checks of a 422 checks_blocking', () => {
    const checks = { items: [], blocking: true, lengths: [] };
    expect(problemChecks(new ApiError(422, 'checks_blocking', 'x', [], { checks }))).toEqual(checks);
    expect(problemChecks(new ApiError(422, 'scheduled_in_past', 'x'))).toBeNull();
    expect(problemChecks(new Error('x'))).toBeNull();
  });
});

describe('placeFieldErrors', () => {
  it('puts field errors on their field and keeps the rest', () => {
    const err = new ApiError(400, 'invalid', 'bad', [
      { field: 'variants.1.accountId', message: 'Same account twice' },
      { field: 'variants.0.media.0.altText', message: 'Too long' },
      { field: 'body', message: 'Malformed' },
    ]);
    const placed = placeFieldErrors(
      err,
      (i) => ['a', 'b'][i],
      (id) => id !== 'composer-account-b',
    );
    expect(placed.fields).toEqual({ 'composer-a-p0-alt-0': 'Too long' });
    expect(placed.rest).toEqual(['Same account twice', 'Malformed']);
  });
});
