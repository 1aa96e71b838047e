// A refusal says who may not do what, and why, with a stable code the UI and tests key on.
// Refusals are values: the engine never throws for a bad command.
import type { CommandType } from './command.ts';

export const REFUSAL_MESSAGES = {
  'stale-revision': ['The request changed since you loaded it; reload and try again', '申请已被他人更新，请刷新后重试'],
  'not-running': ['The request is not in progress', '申请不在审批中'],
  'not-returned': ['The request was not returned to you', '申请未被退回'],
  'task-not-found': ['No such task in this request', '该申请中没有此任务'],
  'not-assignee': ['This task is not assigned to you', '该任务不是您的'],
  'already-decided': ['This task has already been handled', '该任务已处理'],
  'task-waiting': ['This task waits for someone else first', '该任务需等待他人先处理'],
  'action-not-allowed': ['This action does not apply here', '此处不支持该操作'],
  'action-not-offered': ['This step does not offer that action', '该节点未开放此操作'],
  'comment-required': ['A comment is required', '需要填写意见'],
  'comment-empty': ['The comment is empty', '评论内容为空'],
  'comment-too-long': ['The comment is too long', '评论内容过长'],
  'not-initiator': ['Only the initiator may do this', '只有发起人可以执行此操作'],
  'withdraw-not-allowed': ['This request can no longer be withdrawn', '该申请已不能撤回'],
  'take-back-not-allowed': ['Your decision can no longer be taken back', '您的审批已不能取回'],
  'return-target-invalid': ['The request cannot be returned there', '不能退回到该节点'],
  'unknown-user': ['No such active user', '用户不存在或已停用'],
  'self-target': ['You cannot pass a task to yourself', '不能转交或委派给自己'],
  'already-assignee': ['That user already has a task here', '该用户在此节点已有待办'],
  'users-required': ['Name at least one user', '请至少选择一位用户'],
  'not-added-signer': ['That user was not added as a signer here', '该用户不是此节点的加签人'],
  'signer-already-decided': ['That signer has already decided', '该加签人已处理'],
  'urge-too-soon': ['You reminded the approvers a short while ago', '您刚刚催办过，请稍后再试'],
  'not-participant': ['Only participants of this request may do this', '只有申请的参与人可以执行此操作'],
  'not-admin': ['Only the flow admins may do this', '只有流程管理员可以执行此操作'],
  'timer-unknown': ['No such timer in this request', '该申请中没有此定时器'],
  'timer-not-due': ['The timer is not due yet', '定时器尚未到期'],
  'effect-unknown': ['Nothing in this request waits for that result', '该申请没有等待此结果的步骤'],
  'field-unknown': ['No such field in the form', '表单中没有该字段'],
  'field-not-editable': ['You may not edit this field here', '您在此节点不能编辑该字段'],
  'field-invalid': ['The value does not fit the field', '字段值不符合要求'],
  'invalid-data': ['The form data is not valid', '表单数据不合法'],
  'patch-invalid': ['The proposed change is not valid for this flow', '变更内容不符合该流程'],
  'not-allowed-to-start': ['You may not start this flow', '您无权发起该流程'],
  'selection-required': ['Choose the approvers of the next step', '请选择下一步的审批人'],
  'selection-invalid': ['That user may not be chosen for this step', '该用户不能被选为此节点的审批人'],
  'no-branch': ['No branch condition holds and there is no default branch', '没有满足条件的分支，也没有默认分支'],
  'definition-broken': ['The flow definition is incomplete', '流程定义不完整'],
  'definition-loop': ['The flow loops without waiting for anyone', '流程出现无等待的循环'],
} as const satisfies Record<string, readonly [string, string]>;

export type RefusalCode = keyof typeof REFUSAL_MESSAGES;

export interface Refusal {
  code: RefusalCode;
  message: { en: string; 'zh-CN': string };
  actor: string;
  command: CommandType | 'start';
  /** Where in the command the problem is (JSON Pointer), for field and data errors. */
  pointer?: string;
}

export function refusal(code: RefusalCode, actor: string, command: CommandType | 'start', detail?: string, pointer?: string): Refusal {
  const [en, zh] = REFUSAL_MESSAGES[code];
  const message = detail ? { en: `${en}: ${detail}`, 'zh-CN': `${zh}：${detail}` } : { en, 'zh-CN': zh };
  return pointer === undefined ? { code, message, actor, command } : { code, message, actor, command, pointer };
}
