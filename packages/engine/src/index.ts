// @baton/engine: the pure approval interpreter (DESIGN.md section 4). See README.md beside src/.
export { createEngine } from './engine.ts';
import type { BatonWorkflowDefinition } from '@baton/schema';
import { createEngine } from './engine.ts';
import type { Action, ActionContext } from './allowed-actions.ts';
import type { Snapshot } from './types/snapshot.ts';

/** The buttons to show `userId` (a fresh engine; servers call engine.allowedActions instead). */
export function allowedActions(definition: BatonWorkflowDefinition, snapshot: Snapshot, userId: string, context?: ActionContext): Action[] {
  return createEngine().allowedActions(definition, snapshot, userId, context);
}
export type { Engine, EngineOptions } from './engine.ts';
export type { Action, ActionContext } from './allowed-actions.ts';
export { createStaticDirectory } from './directory/static-directory.ts';
export { createSequentialIds } from './directory/sequential-ids.ts';
export { createNodeRegistry } from './nodes/node-kind.ts';
export type { NodeKind, NodeKinds, AnyNodeKind, NodeType } from './nodes/node-kind.ts';
export { defaultNodeKinds } from './nodes/default-node-kinds.ts';
export { addDuration, parseDuration } from './time/duration.ts';
export { simulate, DEFAULT_START } from './tools/simulate.ts';
export type { SimDecision, SimStep, SimulateOptions, SimulatedAssignee, SimulationStep, SimulationResult } from './tools/simulate.ts';
export { paths, coverage, pathKey } from './tools/paths.ts';
export { runScenario } from './tools/scenario-runner.ts';
export type { Mismatch, ScenarioResult } from './tools/scenario-runner.ts';
export { REFUSAL_MESSAGES } from './types/refusal.ts';
export type { Refusal, RefusalCode } from './types/refusal.ts';
export type { Command, CommandType, CommandOf, ReturnTarget } from './types/command.ts';
export type { Effect, EffectType, EngineEvent, NotifyReason } from './types/effect.ts';
export type { Directory, DirectoryDepartment, DirectoryUser, Env, Ids, OutOfOffice } from './types/env.ts';
export type { Accepted, Refused, Result, StartInput } from './types/result.ts';
export type {
  Activation,
  Comment,
  Fork,
  HistoryEntry,
  InstanceStatus,
  Outcome,
  RecordRef,
  SignerPosition,
  Snapshot,
  Task,
  TaskOrigin,
  TaskStatus,
  Timer,
  Undo,
} from './types/snapshot.ts';
