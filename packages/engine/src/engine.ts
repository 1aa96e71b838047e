// The engine: a pure interpreter, modelled on XState v5's transition(). Given a definition, a
// snapshot, a command and an env (now, ids, directory) it returns the next snapshot with the
// effects and events to record, or a refusal. It performs no effect and reads no clock.
import type { BatonWorkflowDefinition } from '@baton/schema';
import { allowedActionsOf, type Action, type ActionContext } from './allowed-actions.ts';
import { handlerOf, KEEPS_UNDO, RECORDS_UNDO } from './commands/command-handlers.ts';
import { compileDefinition, type CompiledDefinition } from './definition/compiled-definition.ts';
import { defaultNodeKinds } from './nodes/default-node-kinds.ts';
import { createNodeRegistry, type AnyNodeKind, type NodeKinds } from './nodes/node-kind.ts';
import { drain } from './runtime/flow.ts';
import { Run } from './runtime/run.ts';
import { startInstance } from './start-instance.ts';
import type { Command } from './types/command.ts';
import type { Env } from './types/env.ts';
import { refusal } from './types/refusal.ts';
import type { Result, StartInput } from './types/result.ts';
import type { Snapshot } from './types/snapshot.ts';

export interface EngineOptions {
  /** Extra or replacement node kinds (by type), on top of the built-in ones. */
  nodeKinds?: readonly AnyNodeKind[];
}

export interface Engine {
  readonly kinds: NodeKinds;
  start(definition: BatonWorkflowDefinition, input: StartInput, env: Env): Result;
  apply(definition: BatonWorkflowDefinition, snapshot: Snapshot, command: Command, env: Env): Result;
  allowedActions(definition: BatonWorkflowDefinition, snapshot: Snapshot, userId: string, context?: ActionContext): Action[];
  /** The compiled form of a definition (cached on this engine). */
  compiled(definition: BatonWorkflowDefinition): CompiledDefinition;
}

export function createEngine(options: EngineOptions = {}): Engine {
  const kinds = createNodeRegistry([...defaultNodeKinds(), ...(options.nodeKinds ?? [])]);
  const cache = new WeakMap<BatonWorkflowDefinition, CompiledDefinition>();
  const compiled = (definition: BatonWorkflowDefinition): CompiledDefinition => {
    let c = cache.get(definition);
    if (!c) {
      c = compileDefinition(definition);
      cache.set(definition, c);
    }
    return c;
  };

  return {
    kinds,
    compiled,
    start(definition, input, env) {
      return startInstance(compiled(definition), kinds, input, env);
    },
    apply(definition, snapshot, command, env) {
      if (snapshot?.format !== 1) throw new TypeError('apply: not a Baton snapshot (format 1)');
      const actor = typeof command?.actor === 'string' ? command.actor : '';
      const handler = handlerOf(command?.type);
      if (!handler) return { ok: false, refusal: refusal('action-not-allowed', actor, command?.type ?? ('unknown' as never), `unknown command "${String(command?.type)}"`) };
      if (command.revision !== undefined && command.revision !== snapshot.revision) {
        return { ok: false, refusal: refusal('stale-revision', actor, command.type, `at revision ${snapshot.revision}`) };
      }
      const run = new Run(compiled(definition), kinds, env, actor, command.type, snapshot, KEEPS_UNDO.has(command.type));
      const undoable = RECORDS_UNDO.has(command.type);
      if (undoable) run.tracking = { prevTasks: [], created: [], removedTimers: [], external: false };
      handler(run, command);
      drain(run);
      if (run.refusal) return { ok: false, refusal: run.refusal };
      const s = run.s;
      if (undoable && run.tracking && !run.tracking.external && s.status === 'running') {
        const t = run.tracking;
        s.undo = {
          task: (command as { taskId: string }).taskId,
          active: snapshot.active,
          ...(snapshot.forks ? { forks: snapshot.forks } : {}),
          tasks: t.prevTasks,
          created: t.created,
          timers: t.removedTimers.length > 0 ? t.removedTimers.filter((x) => !t.created.includes(x.task ?? '')) : t.removedTimers,
        };
      }
      s.revision = snapshot.revision + 1;
      s.updated = env.now;
      return { ok: true, snapshot: s, effects: run.effects, events: run.events };
    },
    allowedActions(definition, snapshot, userId, context) {
      return allowedActionsOf(compiled(definition), snapshot, userId, context);
    },
  };
}
