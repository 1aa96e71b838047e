// The BPMN Baton does not share, and the sentence that says why. One problem per element names
// its id and type: `<bpmn:scriptTask id="Task_3"> is not supported: Baton has no script tasks`.

export interface Reason {
  en: string;
  zh: string;
}

/** Flow elements (and process contents) that are refused, by moddle type. */
export const UNSUPPORTED_ELEMENTS: Readonly<Record<string, Reason>> = {
  'bpmn:ScriptTask': { en: 'Baton has no script tasks', zh: 'Baton 没有脚本任务' },
  'bpmn:BusinessRuleTask': { en: 'Baton has no business rule tasks (DMN): write the rule as branch conditions', zh: 'Baton 没有业务规则任务（DMN）：请改用分支条件' },
  'bpmn:ReceiveTask': { en: 'Baton has no receive tasks: flows wait for people, timers and automations, not messages', zh: 'Baton 没有接收任务：流程只等待人员、定时器和自动化，不等待消息' },
  'bpmn:Task': { en: 'it has no task type: make it a user task (an approval) or a manual task (a handler task)', zh: '未指定任务类型：请改为用户任务（审批）或手工任务（办理）' },
  'bpmn:SubProcess': { en: 'Baton has no embedded subprocesses: call another workflow with a call activity (subflow)', zh: 'Baton 没有内嵌子流程：请用调用活动（子流程）调用另一个流程' },
  'bpmn:AdHocSubProcess': { en: 'Baton has no ad-hoc subprocesses', zh: 'Baton 没有自由子流程' },
  'bpmn:Transaction': { en: 'Baton has no transactions', zh: 'Baton 没有事务子流程' },
  'bpmn:ComplexGateway': { en: 'Baton has no complex gateways: use an exclusive or inclusive gateway with conditions', zh: 'Baton 没有复杂网关：请使用带条件的排他或包容网关' },
  'bpmn:EventBasedGateway': { en: 'Baton has no event-based gateways', zh: 'Baton 没有事件网关' },
  'bpmn:IntermediateThrowEvent': { en: 'Baton has no throw events', zh: 'Baton 没有抛出事件' },
  'bpmn:DataObject': { en: 'Baton keeps request data in its form, not in data objects', zh: 'Baton 的申请数据保存在表单中，不使用数据对象' },
  'bpmn:DataObjectReference': { en: 'Baton keeps request data in its form, not in data objects', zh: 'Baton 的申请数据保存在表单中，不使用数据对象' },
  'bpmn:DataStoreReference': { en: 'Baton has no data stores: automations update CRM records instead', zh: 'Baton 没有数据存储：请用自动化更新 CRM 记录' },
  'bpmn:ChoreographyTask': { en: 'Baton has no choreographies', zh: 'Baton 没有编排图' },
  'bpmn:SubChoreography': { en: 'Baton has no choreographies', zh: 'Baton 没有编排图' },
  'bpmn:CallChoreography': { en: 'Baton has no choreographies', zh: 'Baton 没有编排图' },
  'bpmn:ImplicitThrowEvent': { en: 'Baton has no throw events', zh: 'Baton 没有抛出事件' },
};

export const EVENT_SUBPROCESS: Reason = { en: 'Baton has no event subprocesses', zh: 'Baton 没有事件子流程' };

/** Triggers of events, by event definition type. */
export const EVENT_TRIGGERS: Readonly<Record<string, Reason>> = {
  'bpmn:MessageEventDefinition': { en: 'Baton has no message events', zh: 'Baton 没有消息事件' },
  'bpmn:SignalEventDefinition': { en: 'Baton has no signal events', zh: 'Baton 没有信号事件' },
  'bpmn:EscalationEventDefinition': { en: 'Baton has no escalation events (timeouts escalate to managers instead)', zh: 'Baton 没有升级事件（超时可升级给上级）' },
  'bpmn:CompensateEventDefinition': { en: 'Baton has no compensation', zh: 'Baton 没有补偿' },
  'bpmn:ErrorEventDefinition': { en: 'Baton has no error events: an automation that fails continues or terminates the request', zh: 'Baton 没有错误事件：自动化失败时继续或终止申请' },
  'bpmn:ConditionalEventDefinition': { en: 'Baton has no conditional events', zh: 'Baton 没有条件事件' },
  'bpmn:LinkEventDefinition': { en: 'Baton has no link events', zh: 'Baton 没有链接事件' },
  'bpmn:CancelEventDefinition': { en: 'Baton has no cancel events', zh: 'Baton 没有取消事件' },
  'bpmn:TimerEventDefinition': { en: 'requests start from their form, not from a timer', zh: '申请由表单发起，不由定时器发起' },
  'bpmn:TerminateEventDefinition': { en: 'only end events may terminate', zh: '只有结束事件可以终止' },
};

/** The trigger word used in messages ("message", "escalation"). */
export function triggerWord(definitionType: string): string {
  const local = definitionType.replace(/^bpmn:/, '').replace(/EventDefinition$/, '');
  return local.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** "with a message trigger", "with an escalation trigger". */
export function withTrigger(definitionType: string): string {
  const word = triggerWord(definitionType);
  return `with ${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word} trigger`;
}

export const NO_BATON_ACTION: Reason = {
  en: 'has no Baton action: Baton does not run Java classes, expressions or external workers; add an automation step in the designer',
  zh: '没有 Baton 自动化动作：Baton 不运行 Java 类、表达式或外部任务；请在设计器中添加自动化步骤',
};
