// The approval engine's public surface: pure functions the approvals service drives (decision 0013).
export * from './circuit.types.js';
export * from './approval.state.js';
export {
  evaluateCircuit,
  selectCircuit,
  type CircuitEvaluation,
  type CircuitSelection,
  type MatchReason,
} from './select-circuit.js';
export { resolveApprovers, resolveEscalation, resolveRef } from './approvers.js';
export { stepDeadlines } from './steps.js';
export { apply, replay } from './reducer.js';
export {
  cycleTimes,
  percentile,
  reworkRate,
  shareWithinTarget,
  type ContentCycle,
  type StepCycle,
} from './cycle-times.js';
