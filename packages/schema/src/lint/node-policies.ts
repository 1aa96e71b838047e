// Settings inside one node that only make sense together: passRatio with a vote, reassign with a
// `to`, durations that are valid, non-zero where something waits or repeats, and HTTP timeouts
// within the 30 seconds the runtime allows.
import { problem, type Problem } from '../problem.ts';
import { parseDuration } from './duration.ts';
import { arrayOf, isJson, q, qz, type WorkflowIndex } from './workflow-index.ts';

const HTTP_TIMEOUT_MAX_SECONDS = 30;

export function lintNodePolicies(ix: WorkflowIndex, out: Problem[]): void {
  for (const n of ix.nodes) {
    const at = `/nodes/${n.index}`;
    const raw = n.raw;
    if (n.type === 'approval' && raw.passRatio !== undefined && raw.mode !== 'vote') {
      out.push(
        problem(
          `${at}/passRatio`,
          'lint/pass-ratio-without-vote',
          `passRatio only applies when mode is "vote" (this node's mode is ${JSON.stringify(raw.mode ?? 'any')})`,
          `passRatio 仅在 mode 为 "vote"（票签）时有效（当前为 ${JSON.stringify(raw.mode ?? 'any')}）`,
        ),
      );
    }
    arrayOf(raw.timeouts).forEach((t, i) => {
      if (!isJson(t)) return;
      const tp = `${at}/timeouts/${i}`;
      if (t.action === 'reassign' && t.to === undefined) {
        out.push(
          problem(`${tp}/to`, 'lint/timeout-reassign-to', 'a timeout that reassigns needs `to`: who gets the task', '超时转交需要指定 `to`：转交给谁'),
        );
      }
      duration(t.after, `${tp}/after`, true, out);
      if (isJson(t.repeat)) duration(t.repeat.every, `${tp}/repeat/every`, true, out);
    });
    if (n.type === 'delay') {
      duration(raw.duration, `${at}/duration`, true, out);
      if (isJson(raw.until)) duration(raw.until.offset, `${at}/until/offset`, false, out, true);
    }
    if (n.type === 'automation' && isJson(raw.action) && raw.action.type === 'http') {
      const d = duration(raw.action.timeout, `${at}/action/timeout`, true, out);
      if (d && d.seconds > HTTP_TIMEOUT_MAX_SECONDS) {
        out.push(
          problem(
            `${at}/action/timeout`,
            'lint/duration-too-long',
            `an HTTP call may wait at most ${HTTP_TIMEOUT_MAX_SECONDS} seconds (PT${HTTP_TIMEOUT_MAX_SECONDS}S)`,
            `HTTP 调用最多等待 ${HTTP_TIMEOUT_MAX_SECONDS} 秒（PT${HTTP_TIMEOUT_MAX_SECONDS}S）`,
          ),
        );
      }
    }
  }
  const settings = isJson(ix.def.settings) ? ix.def.settings : {};
  duration(settings.urgeInterval, '/settings/urgeInterval', false, out);
}

function duration(value: unknown, pointer: string, nonZero: boolean, out: Problem[], allowNegative = false) {
  if (typeof value !== 'string') return undefined;
  const d = parseDuration(value, allowNegative);
  if (!d) {
    out.push(
      problem(
        pointer,
        'lint/invalid-duration',
        `${q(value)} is not an ISO-8601 duration such as PT4H, P2D or P1W`,
        `${qz(value)}不是 ISO-8601 时长（如 PT4H、P2D、P1W）`,
      ),
    );
    return undefined;
  }
  if (nonZero && d.seconds === 0) {
    out.push(
      problem(pointer, 'lint/zero-duration', `${q(value)} is zero; a wait or repeat needs a positive duration`, `${qz(value)}为零；等待或重复需要大于零的时长`),
    );
  }
  return d;
}
