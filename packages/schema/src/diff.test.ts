import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffWorkflows, type WorkflowChange } from './diff.ts';
import { resolve, parsePointer } from './lint/template-rules.ts';

const base = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'test', 'fixtures', 'base.json'), 'utf8'));
type Doc = typeof base;
const change = (mutate: (d: Doc) => void, from: (d: Doc) => void = () => undefined) => {
  const before = structuredClone(base);
  from(before);
  const after = structuredClone(before);
  mutate(after);
  return { before, after, changes: diffWorkflows(before, after) };
};
const summaries = (changes: WorkflowChange[]) => changes.map((c) => [c.kind, c.summary.en, c.summary['zh-CN']]);

describe('diffWorkflows: the sentences', () => {
  it("approval 'Finance' now needs all of role finance-lead instead of any one", () => {
    const { changes } = change((d) => (d.nodes[4].mode = 'all'));
    expect(summaries(changes)).toEqual([
      [
        'approval-mode-changed',
        "approval 'Finance' now needs all of role finance-lead instead of any one",
        '审批「财务审批」现在需要角色 finance-lead 全部同意（会签），原为任一人同意（或签）',
      ],
    ]);
    expect(changes[0]).toMatchObject({ target: { type: 'node', id: 'finance' }, pointer: '/nodes/4/mode', before: {}, after: { mode: 'all' } });
  });

  it("branch 'amount > 50000' added from 'Amount check' to 'Director'", () => {
    const { changes } = change(
      (d) => d.edges.push({ from: 'amount_check', to: 'director', condition: 'amount > 50000', priority: 1 }),
      (d) => d.edges.splice(2, 1),
    );
    expect(summaries(changes)).toEqual([
      ['branch-added', "branch 'amount > 50000' added from 'Amount check' to 'Director'", '新增从「金额判断」到「总监审批」的分支「amount > 50000」'],
    ]);
    expect(changes[0]).toMatchObject({ target: { type: 'edge', id: 'amount_check->director' }, pointer: '/edges/11' });
  });

  it("form field 'discount' is now required", () => {
    const { changes } = change((d) => (d.form.fields[2].required = true));
    expect(summaries(changes)).toEqual([
      ['field-required-changed', "form field 'discount' is now required", '表单字段「discount」现在必填'],
    ]);
    const back = diffWorkflows(change((d) => (d.form.fields[2].required = true)).after, base);
    expect(back.map((c) => c.summary.en)).toEqual(["form field 'discount' is no longer required"]);
  });

  it("'Director' now times out after P2D and escalates", () => {
    const { changes } = change(
      (d) => (d.nodes[3].timeouts = [{ after: 'P2D', action: 'escalate' }]),
      (d) => delete d.nodes[3].timeouts,
    );
    expect(summaries(changes)).toEqual([['timeouts-changed', "'Director' now times out after P2D and escalates", '「总监审批」现在超时 P2D 后升级给上级主管']]);
    const off = change((d) => delete d.nodes[3].timeouts).changes;
    expect(summaries(off)).toEqual([['timeouts-changed', "'Director' no longer times out", '「总监审批」不再有超时设置']]);
  });
});

describe('diffWorkflows: every kind of change', () => {
  it('nodes: added, removed, renamed, retyped, assignees, policies, permissions, buttons, others', () => {
    const { changes } = change((d) => {
      d.nodes.push({ id: 'vp', type: 'approval', name: { en: 'VP', 'zh-CN': '副总' }, assignees: [{ type: 'manager-chain', to: 'top' }] });
      d.edges.push({ from: 'director', to: 'vp' });
      d.nodes[1].name = { en: 'Line manager', 'zh-CN': '直属主管' };
      d.nodes[1].assignees = [{ type: 'manager', level: 2 }, { type: 'role', role: 'sales-lead' }];
      d.nodes[3].onReject = { to: 'initiator' };
      d.nodes[3].emptyAssignees = 'reject';
      d.nodes[4].fieldPermissions = { discount: 'read', amount: 'hidden' };
      d.nodes[4].buttons = ['approve', 'reject'];
      d.nodes[10].outcome = 'completed';
      d.nodes[7].type = 'approval';
    });
    expect(changes.filter((c) => c.target.type === 'node').map((c) => [c.kind, c.target.id, c.summary.en])).toEqual([
      ['node-renamed', 'manager', "approval 'Manager' renamed to 'Line manager'"],
      ['assignees-changed', 'manager', "approval 'Line manager' now goes to the initiator's level-2 manager and role sales-lead instead of the initiator's manager"],
      ['policy-changed', 'director', "approval 'Director': when no assignee is found, it now rejects the request instead of follows the flow default"],
      ['policy-changed', 'director', "approval 'Director': a rejection now goes back to the initiator instead of goes back to 'Manager'"],
      ['permissions-changed', 'finance', "'Finance' field permissions: 'discount' is now read (was edit), 'amount' is now hidden (was read)"],
      ['buttons-changed', 'finance', "'Finance' now offers approve and reject (was the default buttons)"],
      ['node-type-changed', 'ops', "'Sales ops' changed from handler task to approval"],
      ['node-changed', 'approved', "end 'approved' changed: outcome"],
      ['node-added', 'vp', "approval 'VP' added after 'Director'"],
    ]);
    const removed = diffWorkflows(base, { ...base, nodes: base.nodes.filter((n: { id: string }) => n.id !== 'notify') });
    expect(removed.find((c) => c.kind === 'node-removed')?.summary).toEqual({ en: "CC 'Tell the owner' removed", 'zh-CN': '删除了抄送「抄送负责人」' });
  });

  it('edges: conditions, priorities, defaults (a moved default is said once), rewiring, plain edges', () => {
    const { changes } = change((d) => {
      d.edges[2].condition = 'amount > 100000.0';
      d.edges[2].priority = 2;
      d.edges[2].to = 'finance';
      d.edges[3].to = 'director';
      d.edges[11].to = 'reviews_done';
    });
    expect(changes.map((c) => [c.kind, c.target.id, c.summary.en])).toEqual([
      ['edge-rewired', 'large', "branch 'amount > vars.threshold' from 'Amount check' to 'Director' now goes from 'Amount check' to 'Finance'"],
      ['condition-changed', 'large', "the branch from 'Amount check' to 'Finance' now applies when amount > 100000.0 (was amount > vars.threshold)"],
      ['priority-changed', 'large', "branch 'amount > 100000.0' from 'Amount check' to 'Finance' now has priority 2 (was 1)"],
      ['edge-added', 'notify->reviews_done', "'Tell the owner' now leads to 'reviews_done'"],
      ['edge-removed', 'notify->approved', "'Tell the owner' no longer leads to 'approved'"],
      ['default-branch-changed', 'small', "the default branch of 'Amount check' now goes to 'Director' instead of 'Finance'"],
    ]);
  });

  it('form, variables, settings and the workflow itself', () => {
    const { changes } = change((d) => {
      d.name = { en: 'Discount request', 'zh-CN': '折扣申请' };
      d.category = 'sales';
      d.form.fields.push({ key: 'region', type: 'text', label: { en: 'Region' } });
      d.form.fields.splice(3, 1);
      d.form.fields[1].maximum = 1e6;
      d.variables.threshold.value = 80000;
      d.variables.cap = { type: 'number', value: 1 };
      d.settings.withdraw = 'until-done';
    });
    expect(summaries(changes)).toEqual([
      ['name-changed', "workflow renamed from 'Discount approval' to 'Discount request'", '流程名称由「折扣审批」改为「折扣申请」'],
      ['workflow-changed', 'workflow category is now sales (was unset)', '流程的 category 现在为 sales（原为 未设置）'],
      ['field-changed', "form field 'amount' changed: maximum", '表单字段「amount」已修改：maximum'],
      ['field-added', "form field 'region' added", '新增表单字段「region」'],
      ['field-removed', "form field 'reason' removed", '删除了表单字段「reason」'],
      ['variable-added', "variable 'cap' added", '新增变量「cap」'],
      ['variable-changed', "variable 'threshold' is now 80000 (was 50000)", '变量「threshold」现在为 80000（原为 50000）'],
      ['settings-changed', "setting 'withdraw' is now until-done (was before-first-action)", '设置「withdraw」现在为 until-done（原为 before-first-action）'],
    ]);
    const reordered = change((d) => d.form.fields.reverse()).changes;
    expect(reordered.map((c) => c.kind)).toEqual(['fields-reordered']);
  });

  it('words labels, comment rules and bilingual text as text', () => {
    const { changes } = change((d) => {
      d.edges[2].label = { en: 'Large', 'zh-CN': '大额' };
      d.nodes[4].commentRequired = [];
      d.description = { en: 'Checks discounts', 'zh-CN': '检查折扣' };
    }, (d) => (d.nodes[4].commentRequired = ['reject']));
    expect(summaries(changes)).toEqual([
      ['workflow-changed', "workflow description is now 'Checks discounts' (was unset)", '流程的 description 现在为 「检查折扣」（原为 未设置）'],
      ['buttons-changed', "'Finance' no longer requires a comment (was required to reject)", '「财务审批」不再要求填写意见（原为：reject）'],
      [
        'edge-changed',
        "branch 'Large' from 'Amount check' to 'Director': label is now 'Large' (was unset)",
        '从「金额判断」到「总监审批」的分支「大额」：名称现在为 「大额」（原为 未设置）',
      ],
    ]);
  });

  it('ignores layout and $schema entirely', () => {
    expect(change((d) => ((d.layout = { start: { x: 5, y: 5 } }), (d.$schema = 'elsewhere.json'))).changes).toEqual([]);
    expect(change((d) => delete d.layout).changes).toEqual([]);
  });

  it('points every change at a place that exists (in after, or in before for removals)', () => {
    const { before, after, changes } = change((d) => {
      d.nodes.splice(9, 1);
      d.nodes[4].mode = 'sequential';
      d.edges[2].condition = 'amount > 1.0';
      d.form.fields[0].required = false;
      d.settings.dedupe = 'first';
    });
    expect(changes.length).toBeGreaterThan(4);
    for (const c of changes) {
      const doc = c.kind.endsWith('-removed') ? before : after;
      const place = c.pointer.endsWith('/mode') || c.pointer.endsWith('/dedupe') ? c.pointer.replace(/\/[^/]+$/, '') : c.pointer;
      expect(resolve(doc, parsePointer(place)!).ok, `${c.kind} ${c.pointer}`).toBe(true);
    }
  });

  it('never throws on things that are not workflows', () => {
    for (const x of [null, 1, [], {}, { nodes: 'x', edges: [null] }, { form: { fields: [1] } }]) {
      expect(() => diffWorkflows(x, base)).not.toThrow();
      expect(() => diffWorkflows(base, x)).not.toThrow();
    }
    expect(diffWorkflows(null, {})).toEqual([]);
  });
});
