export { defineMachine } from "./defineMachine.js";
export {
  analyzeMachine,
  assertMachineWellFormed,
  listTransitions,
  type MachineReport,
  type TransitionRow,
  toMermaid,
} from "./inspectMachine.js";
export { availableEvents, canTransition, initialSnapshot, replay, transition } from "./transition.js";
export type {
  Effect,
  Guard,
  HistoryEntry,
  IllegalTransition,
  Machine,
  MachineDefinition,
  MachineEvent,
  Snapshot,
  Step,
  StepMeta,
  TransitionDefinition,
} from "./types.js";
