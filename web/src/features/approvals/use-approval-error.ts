import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useDescribeError } from '../../lib/errors.js';

// Codes the approvals API answers with (engine refusals and its own conflicts), translated here.
const KNOWN = new Set([
  'not_in_review',
  'not_submittable',
  'circuit_ended',
  'self_approval',
  'not_an_approver',
  'already_approved',
  'not_author',
  'approval_required',
]);

/** An approvals failure as a sentence: the engine's refusal codes in the person's language. */
export function useApprovalError(): (err: unknown) => string {
  const { t } = useTranslation('approvals');
  const describe = useDescribeError();
  return useCallback(
    (err: unknown) =>
      err instanceof ApiError && KNOWN.has(err.code) ? t(`refusals.${err.code}`) : describe(err),
    [t, describe],
  );
}
