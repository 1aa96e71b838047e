// How an engine refusal reads over HTTP: who may not (403), what does not exist (404), what the
// state no longer allows (409), bad values (422), too soon (429).
import type { Refusal } from '@baton/engine';
import type { ApiFailure } from '../http/api-error.ts';

const STATUS: Record<string, ApiFailure['status']> = {
  'not-assignee': 403,
  'not-initiator': 403,
  'not-admin': 403,
  'not-participant': 403,
  'not-allowed-to-start': 403,
  'task-not-found': 404,
  'timer-unknown': 404,
  'effect-unknown': 404,
  'urge-too-soon': 429,
  'comment-required': 422,
  'comment-empty': 422,
  'comment-too-long': 422,
  'return-target-invalid': 422,
  'unknown-user': 422,
  'self-target': 422,
  'users-required': 422,
  'not-added-signer': 422,
  'field-unknown': 422,
  'field-not-editable': 422,
  'field-invalid': 422,
  'invalid-data': 422,
  'patch-invalid': 422,
  'selection-required': 422,
  'selection-invalid': 422,
};

export function refusalFailure(r: Refusal): ApiFailure {
  return {
    status: STATUS[r.code] ?? 409,
    code: r.code,
    message: r.message,
    ...(r.pointer !== undefined ? { pointer: r.pointer } : {}),
    details: { command: r.command, actor: r.actor },
  };
}
