// Boundary timers on a user task -> the task's timeouts, in document order. A Baton export says
// what each does (<baton:timeout>); a plain non-interrupting timer with no path of its own is read
// as a reminder (a `R3/PT1H` cycle repeats it). A boundary timer that starts another path, or any
// other boundary event, is refused: Baton's timeouts act on the task, they do not branch.
import type { ProblemSink } from './bpmn-problems.ts';
import { elementsAt, type ModdleElement } from './moddle-reader.ts';
import { readExtension, timerOf } from './read-extension.ts';
import { EVENT_TRIGGERS, triggerWord, withTrigger } from './unsupported-elements.ts';

type Timeout = Record<string, unknown> & { after: string };

const CYCLE = /^R(\d+)\/(P[^/]+)$/;

/** The timeouts, or undefined when any boundary event was refused (reported). */
export function importTimeouts(boundaries: readonly ModdleElement[], outgoing: (bpmnId: string) => number, sink: ProblemSink): Timeout[] | undefined {
  const out: Timeout[] = [];
  let ok = true;
  for (const b of boundaries) {
    const t = importTimeout(b, outgoing(b.id ?? '') > 0, sink);
    if (t === undefined) ok = false;
    else out.push(t);
  }
  return ok ? out : undefined;
}

function importTimeout(b: ModdleElement, hasPath: boolean, sink: ProblemSink): Timeout | undefined {
  const defs = elementsAt(b, 'eventDefinitions');
  const timerDef = defs.length === 1 && defs[0]!.$type === 'bpmn:TimerEventDefinition' ? defs[0] : undefined;
  if (!timerDef) {
    const trigger = defs[0]?.$type;
    const reason = trigger !== undefined && trigger !== 'bpmn:TimerEventDefinition' ? EVENT_TRIGGERS[trigger] : undefined;
    const what = trigger === undefined ? 'without a timer' : withTrigger(trigger);
    const whatZh = trigger === undefined ? '（无定时器）' : `（${triggerWord(trigger)} 触发）`;
    sink.element(b, 'bpmn/unsupported-element', `${what} is not supported: ${reason?.en ?? 'only timers may sit on a task, as its timeouts'}`, `${whatZh}不受支持：${reason?.zh ?? '任务上只能放置定时器（超时设置）'}`);
    return undefined;
  }
  if (hasPath) {
    sink.element(
      b,
      'bpmn/unsupported-element',
      "starts another path, which is not supported: Baton's timeouts remind, approve, reject, reassign or escalate the task; they do not branch",
      '引出了另一条路径，不受支持：Baton 的超时只能提醒、自动通过、自动拒绝、转交或升级，不能分支',
    );
    return undefined;
  }
  const ext = readExtension(b, 'baton:Timeout', sink);
  if (ext === null) return undefined;
  const timer = timerOf(timerDef);
  if (ext) {
    if (timer?.kind !== 'duration') {
      sink.element(b, 'bpmn/unsupported-timer', 'needs a timeDuration (an ISO-8601 duration such as P1D)', '需要 timeDuration（ISO-8601 时长，如 P1D）');
      return undefined;
    }
    const { after: _after, ...rest } = ext.json;
    return { ...rest, after: timer.body };
  }
  const interrupting = b['cancelActivity'] !== false;
  if (interrupting) {
    sink.element(
      b,
      'bpmn/unsupported-element',
      'interrupts its task without a path, which is not supported: mark it non-interrupting to remind, or set the timeout in the designer',
      '中断任务却没有后续路径，不受支持：请改为非中断（提醒），或在设计器中设置超时',
    );
    return undefined;
  }
  let timeout: Timeout | undefined;
  if (timer?.kind === 'duration') timeout = { after: timer.body, action: 'remind' };
  const cycle = timer?.kind === 'cycle' ? CYCLE.exec(timer.body) : null;
  if (cycle) {
    const times = Number(cycle[1]);
    timeout = { after: cycle[2]!, action: 'remind', ...(times > 1 ? { repeat: { every: cycle[2]!, max: Math.min(times - 1, 100) } } : {}) };
  }
  if (!timeout) {
    sink.element(b, 'bpmn/unsupported-timer', `has a timer Baton cannot read ("${timer?.body ?? ''}"): use a duration such as P1D or a cycle such as R3/PT12H`, `的定时器无法读取（"${timer?.body ?? ''}"）：请使用时长（如 P1D）或循环（如 R3/PT12H）`);
    return undefined;
  }
  sink.element(b, 'bpmn/timeout-as-reminder', 'is read as a reminder to the assignee', '按提醒处理人读取', 'warning');
  return timeout;
}
