// Which function handles which command.
import type { Run } from '../runtime/run.ts';
import type { Command, CommandOf, CommandType } from '../types/command.ts';
import { decisionCommand } from './decision-commands.ts';
import { editFieldsCommand } from './edit-fields-command.ts';
import { transferCommand } from './reassign-commands.ts';
import { resultCommand } from './result-commands.ts';
import { resubmitCommand } from './resubmit-command.ts';
import { returnCommand } from './return-command.ts';
import { addSignerCommand, removeSignerCommand } from './signer-commands.ts';
import { ccCommand, commentCommand, urgeCommand } from './social-commands.ts';
import { takeBackCommand } from './take-back-command.ts';
import { terminateCommand } from './terminate-command.ts';
import { timerCommand } from './timer-command.ts';
import { withdrawCommand } from './withdraw-command.ts';

type Handlers = { [T in CommandType]: (run: Run, cmd: CommandOf<T>) => void };

export const COMMAND_HANDLERS: Readonly<Handlers> = Object.freeze({
  approve: decisionCommand,
  reject: decisionCommand,
  complete: decisionCommand,
  return: returnCommand,
  resubmit: resubmitCommand,
  withdraw: withdrawCommand,
  'take-back': takeBackCommand,
  transfer: transferCommand,
  delegate: transferCommand,
  'add-signer': addSignerCommand,
  'remove-signer': removeSignerCommand,
  urge: urgeCommand,
  comment: commentCommand,
  cc: ccCommand,
  terminate: terminateCommand,
  'timer-fired': timerCommand,
  'automation-result': resultCommand,
  'subflow-finished': resultCommand,
  'edit-fields': editFieldsCommand,
});

export function handlerOf(type: unknown): ((run: Run, cmd: Command) => void) | undefined {
  if (typeof type !== 'string' || !Object.hasOwn(COMMAND_HANDLERS, type)) return undefined;
  return COMMAND_HANDLERS[type as CommandType] as (run: Run, cmd: Command) => void;
}

/** Commands that leave a pending take-back in place: they decide nothing. */
export const KEEPS_UNDO: ReadonlySet<CommandType> = new Set(['comment', 'urge', 'cc']);
/** Commands whose decision may be taken back. */
export const RECORDS_UNDO: ReadonlySet<CommandType> = new Set(['approve', 'complete']);
