// Writes test/fixtures/invalid/*.json and expected.json: each file is the valid base definition
// (test/fixtures/base.json) with one focused mistake, and the table pins the pointer and code the
// validator must report (with `exact`, it must report nothing else). The expectations are written
// here by hand, never computed by the validator. Run: npx tsx packages/schema/scripts/build-invalid-corpus.ts
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDocument } from '../src/format.ts';

type Doc = Record<string, any>;
interface Case {
  name: string;
  mutate: (d: Doc) => unknown;
  /** Write the mutated document inside an array (the "not an object" case). */
  wrap?: true;
  pointer: string;
  code: string;
  exact: boolean;
}

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '..', 'test', 'fixtures');
const base = JSON.parse(readFileSync(join(fixtures, 'base.json'), 'utf8')) as Doc;
const label = (en: string) => ({ en, 'zh-CN': en });
// Puts a node between notify and the end (edge 11 is notify -> approved).
const beforeEnd = (d: Doc, node: Doc) => {
  d.nodes.push(node);
  d.edges[11] = { from: 'notify', to: node.id };
  d.edges.push({ from: node.id, to: 'approved' });
};
const condition = (text: string) => (d: Doc) => (d.edges[2].condition = text);

const cases: Case[] = [
  // Schema
  { name: 'schema-typo-optional-property', mutate: (d) => ((d.nodes[3].mdoe = d.nodes[3].mode), delete d.nodes[3].mode), pointer: '/nodes/3/mdoe', code: 'schema/additionalProperties', exact: true },
  { name: 'schema-typo-required-property', mutate: (d) => ((d.nodes[1].asignees = d.nodes[1].assignees), delete d.nodes[1].assignees), pointer: '/nodes/1/asignees', code: 'schema/additionalProperties', exact: false },
  { name: 'schema-missing-assignees', mutate: (d) => delete d.nodes[1].assignees, pointer: '/nodes/1/assignees', code: 'schema/required', exact: true },
  { name: 'schema-missing-form', mutate: (d) => delete d.form, pointer: '/form', code: 'schema/required', exact: true },
  { name: 'schema-wrong-type-priority', mutate: (d) => (d.edges[2].priority = '1'), pointer: '/edges/2/priority', code: 'schema/type', exact: true },
  { name: 'schema-wrong-type-layout', mutate: (d) => (d.layout.manager.x = 'left'), pointer: '/layout/manager/x', code: 'schema/type', exact: true },
  { name: 'schema-not-an-object', mutate: () => undefined, wrap: true, pointer: '', code: 'schema/type', exact: true },
  { name: 'schema-unknown-node-type', mutate: (d) => (d.nodes[2].type = 'exclusve'), pointer: '/nodes/2/type', code: 'schema/discriminator', exact: true },
  { name: 'schema-unknown-assignee-type', mutate: (d) => (d.nodes[1].assignees[0] = { type: 'boss' }), pointer: '/nodes/1/assignees/0/type', code: 'schema/discriminator', exact: true },
  { name: 'schema-bad-duration', mutate: (d) => (d.nodes[3].timeouts[0].after = '2 days'), pointer: '/nodes/3/timeouts/0/after', code: 'schema/format', exact: true },
  { name: 'schema-vote-without-pass-ratio', mutate: (d) => (d.nodes[3].mode = 'vote'), pointer: '/nodes/3/passRatio', code: 'schema/required', exact: true },
  { name: 'schema-pass-ratio-above-one', mutate: (d) => ((d.nodes[3].mode = 'vote'), (d.nodes[3].passRatio = 1.5)), pointer: '/nodes/3/passRatio', code: 'schema/maximum', exact: true },
  { name: 'schema-unknown-mode', mutate: (d) => (d.nodes[3].mode = 'majority'), pointer: '/nodes/3/mode', code: 'schema/enum', exact: true },
  { name: 'schema-bad-key-pattern', mutate: (d) => (d.key = 'Discount Approval'), pointer: '/key', code: 'schema/pattern', exact: true },
  { name: 'schema-bad-edge-id-pattern', mutate: (d) => (d.edges[0].id = 'first edge'), pointer: '/edges/0/id', code: 'schema/pattern', exact: true },
  { name: 'schema-reserved-field-key', mutate: (d) => d.form.fields.push({ key: 'in', type: 'text', label: label('In') }), pointer: '/form/fields/7/key', code: 'schema/not', exact: true },
  { name: 'schema-delay-without-duration', mutate: (d) => beforeEnd(d, { id: 'wait', type: 'delay' }), pointer: '/nodes/11', code: 'schema/oneOf', exact: true },
  { name: 'schema-manager-chain-to', mutate: (d) => (d.nodes[1].assignees[0] = { type: 'manager-chain', to: 'bottom' }), pointer: '/nodes/1/assignees/0/to', code: 'schema/oneOf', exact: true },
  { name: 'schema-permission-value', mutate: (d) => (d.nodes[4].fieldPermissions.discount = 'write'), pointer: '/nodes/4/fieldPermissions/discount', code: 'schema/enum', exact: true },
  { name: 'schema-select-without-options', mutate: (d) => d.form.fields.push({ key: 'tier', type: 'select', label: label('Tier') }), pointer: '/form/fields/7/options', code: 'schema/required', exact: true },
  // Graph shape
  { name: 'lint-edge-unknown-from', mutate: (d) => d.edges.push({ from: 'ghost', to: 'approved' }), pointer: '/edges/12/from', code: 'lint/edge-unknown-node', exact: true },
  { name: 'lint-edge-unknown-to', mutate: (d) => d.edges.push({ from: 'notify', to: 'nowhere' }), pointer: '/edges/12/to', code: 'lint/edge-unknown-node', exact: true },
  { name: 'lint-no-start', mutate: (d) => (d.nodes.splice(0, 1), d.edges.splice(0, 1), delete d.layout.start), pointer: '/nodes', code: 'lint/start-count', exact: true },
  { name: 'lint-two-starts', mutate: (d) => (d.nodes.push({ id: 'start2', type: 'start' }), d.edges.push({ from: 'start2', to: 'manager' })), pointer: '/nodes/11', code: 'lint/start-count', exact: false },
  { name: 'lint-no-end', mutate: (d) => (d.nodes.splice(10, 1), d.edges.splice(11, 1)), pointer: '/nodes', code: 'lint/no-end', exact: true },
  { name: 'lint-start-incoming', mutate: (d) => d.edges.push({ from: 'amount_check', to: 'start', condition: 'amount < 0.0', priority: 2 }), pointer: '/edges/12/to', code: 'lint/start-incoming', exact: false },
  { name: 'lint-end-outgoing', mutate: (d) => (d.nodes.push({ id: 'rejected', type: 'end', outcome: 'rejected' }), d.edges.push({ from: 'approved', to: 'rejected' })), pointer: '/edges/12/from', code: 'lint/end-outgoing', exact: true },
  { name: 'lint-unreachable', mutate: (d) => (d.nodes.push({ id: 'orphan', type: 'cc', assignees: [{ type: 'initiator' }] }), d.edges.push({ from: 'orphan', to: 'approved' })), pointer: '/nodes/11', code: 'lint/unreachable', exact: true },
  { name: 'lint-dead-end', mutate: (d) => (d.nodes.push({ id: 'limbo', type: 'cc', assignees: [{ type: 'initiator' }] }), d.edges.push({ from: 'amount_check', to: 'limbo', condition: 'discount > 0.5', priority: 2 })), pointer: '/nodes/11', code: 'lint/dead-end', exact: true },
  { name: 'lint-too-many-outgoing', mutate: (d) => d.edges.push({ from: 'manager', to: 'finance' }), pointer: '/nodes/1', code: 'lint/too-many-outgoing', exact: true },
  { name: 'lint-duplicate-edge', mutate: (d) => d.edges.push({ from: 'reviews', to: 'legal' }), pointer: '/edges/12', code: 'lint/duplicate-edge', exact: false },
  { name: 'lint-cycle', mutate: (d) => d.edges.push({ from: 'amount_check', to: 'manager', condition: 'discount > 0.9', priority: 2 }), pointer: '/edges/12', code: 'lint/cycle', exact: true },
  // Forks and joins
  { name: 'lint-merge-without-join', mutate: (d) => (d.edges[8].to = 'notify'), pointer: '/nodes/9', code: 'lint/merge-without-join', exact: false },
  { name: 'lint-fork-branch-ends', mutate: (d) => (d.nodes.push({ id: 'legal_end', type: 'end', outcome: 'rejected' }), (d.edges[8].to = 'legal_end')), pointer: '/nodes/5', code: 'lint/fork-not-joined', exact: true },
  { name: 'lint-fork-two-joins', mutate: (d) => (d.nodes.push({ id: 'legal_done', type: 'join' }), (d.edges[8].to = 'legal_done'), d.edges.push({ from: 'legal_done', to: 'notify' })), pointer: '/nodes/5', code: 'lint/fork-not-joined', exact: true },
  { name: 'lint-join-without-fork', mutate: (d) => (d.nodes.push({ id: 'lonely_join', type: 'join' }), (d.edges[1].to = 'lonely_join'), d.edges.push({ from: 'lonely_join', to: 'amount_check' })), pointer: '/nodes/11', code: 'lint/join-without-fork', exact: true },
  // Ids and keys
  { name: 'lint-duplicate-node-id', mutate: (d) => d.nodes.push({ id: 'finance', type: 'cc', assignees: [{ type: 'initiator' }] }), pointer: '/nodes/11/id', code: 'lint/duplicate-node-id', exact: true },
  { name: 'lint-duplicate-edge-id', mutate: (d) => (d.edges[4].id = 'large'), pointer: '/edges/4/id', code: 'lint/duplicate-edge-id', exact: true },
  { name: 'lint-duplicate-field-key', mutate: (d) => d.form.fields.push({ key: 'amount', type: 'number', label: label('Amount again') }), pointer: '/form/fields/7/key', code: 'lint/duplicate-field-key', exact: true },
  { name: 'lint-duplicate-column-key', mutate: (d) => d.form.fields[6].columns.push({ key: 'qty', type: 'text', label: label('Qty note') }), pointer: '/form/fields/6/columns/3/key', code: 'lint/duplicate-field-key', exact: true },
  // Branches
  { name: 'lint-condition-not-allowed', mutate: (d) => (d.edges[0].condition = 'amount > 0.0'), pointer: '/edges/0/condition', code: 'lint/condition-not-allowed', exact: true },
  { name: 'lint-condition-missing', mutate: (d) => delete d.edges[2].condition, pointer: '/edges/2/condition', code: 'lint/condition-missing', exact: true },
  { name: 'lint-branch-no-default', mutate: (d) => (delete d.edges[3].default, (d.edges[3].condition = 'amount <= vars.threshold')), pointer: '/nodes/2', code: 'lint/branch-no-default', exact: true },
  { name: 'lint-branch-multiple-defaults', mutate: (d) => (delete d.edges[2].condition, (d.edges[2].default = true)), pointer: '/edges/3/default', code: 'lint/branch-multiple-defaults', exact: true },
  { name: 'lint-default-with-condition', mutate: (d) => (d.edges[3].condition = 'amount <= vars.threshold'), pointer: '/edges/3/condition', code: 'lint/default-with-condition', exact: true },
  { name: 'lint-duplicate-priority', mutate: (d) => (d.edges[3].priority = 1), pointer: '/edges/3/priority', code: 'lint/duplicate-priority', exact: true },
  // Expressions
  { name: 'lint-cel-unknown-field', mutate: condition('amout > vars.threshold'), pointer: '/edges/2/condition', code: 'lint/cel-unknown-field', exact: true },
  { name: 'lint-cel-syntax', mutate: condition('amount >'), pointer: '/edges/2/condition', code: 'lint/cel-syntax', exact: true },
  { name: 'lint-cel-not-boolean', mutate: condition('amount + 1.0'), pointer: '/edges/2/condition', code: 'lint/cel-type', exact: true },
  { name: 'lint-cel-too-deep', mutate: condition(`${'('.repeat(30)}amount${')'.repeat(30)} > 0.0`), pointer: '/edges/2/condition', code: 'lint/cel-limit', exact: true },
  { name: 'lint-cel-unknown-variable', mutate: condition('amount > vars.treshold'), pointer: '/edges/2/condition', code: 'lint/unknown-variable', exact: true },
  { name: 'lint-visible-when-unknown-field', mutate: (d) => (d.form.fields[3].visibleWhen = 'discont > 0.2'), pointer: '/form/fields/3/visibleWhen', code: 'lint/cel-unknown-field', exact: true },
  { name: 'lint-formula-wrong-type', mutate: (d) => (d.form.fields[6].columns[2].expression = 'qty > price'), pointer: '/form/fields/6/columns/2/expression', code: 'lint/cel-type', exact: true },
  { name: 'lint-cel-value-source', mutate: (d) => beforeEnd(d, { id: 'stamp', type: 'automation', action: { type: 'update-record', set: { status: { cel: 'amount +' } } } }), pointer: '/nodes/11/action/set/status/cel', code: 'lint/cel-syntax', exact: true },
  // References
  { name: 'lint-permission-unknown-field', mutate: (d) => (d.nodes[4].fieldPermissions = { discont: 'edit' }), pointer: '/nodes/4/fieldPermissions/discont', code: 'lint/unknown-field', exact: true },
  { name: 'lint-assignee-field-unknown', mutate: (d) => (d.nodes[9].assignees[0].field = 'ownr'), pointer: '/nodes/9/assignees/0/field', code: 'lint/unknown-field', exact: true },
  { name: 'lint-assignee-field-not-user', mutate: (d) => (d.nodes[9].assignees[0].field = 'customer'), pointer: '/nodes/9/assignees/0/field', code: 'lint/assignee-field-type', exact: true },
  { name: 'lint-delay-until-not-date', mutate: (d) => beforeEnd(d, { id: 'wait', type: 'delay', until: { field: 'amount' } }), pointer: '/nodes/11/until/field', code: 'lint/delay-field-type', exact: true },
  { name: 'lint-title-placeholder-unknown', mutate: (d) => (d.settings.title.en = '{{custmer}}: discount request'), pointer: '/settings/title/en', code: 'lint/unknown-field', exact: true },
  { name: 'lint-save-as-undeclared', mutate: (d) => beforeEnd(d, { id: 'sync', type: 'automation', action: { type: 'http', url: 'https://erp.example.com/hook', saveAs: 'response' } }), pointer: '/nodes/11/action/saveAs', code: 'lint/unknown-variable', exact: true },
  { name: 'lint-reject-target-later', mutate: (d) => (d.nodes[3].onReject.node = 'finance'), pointer: '/nodes/3/onReject/node', code: 'lint/reject-target', exact: true },
  { name: 'lint-reject-target-missing', mutate: (d) => (d.nodes[3].onReject.node = 'nobody'), pointer: '/nodes/3/onReject/node', code: 'lint/reject-target', exact: true },
  { name: 'lint-reject-target-not-a-task', mutate: (d) => (d.nodes[3].onReject.node = 'amount_check'), pointer: '/nodes/3/onReject/node', code: 'lint/reject-target', exact: true },
  { name: 'lint-changeset-unknown-record-field', mutate: (d) => (d.record = { type: 'order', changeSet: { fields: ['amount', 'colour'] } }), pointer: '/record/changeSet/fields/1', code: 'lint/unknown-record-field', exact: true },
  { name: 'lint-layout-unknown-node', mutate: (d) => (d.layout.ghost = { x: 0, y: 0 }), pointer: '/layout/ghost', code: 'lint/layout-unknown-node', exact: true },
  // Node policies and durations
  { name: 'lint-pass-ratio-without-vote', mutate: (d) => (d.nodes[4].passRatio = 0.5), pointer: '/nodes/4/passRatio', code: 'lint/pass-ratio-without-vote', exact: true },
  { name: 'lint-reassign-without-to', mutate: (d) => (d.nodes[3].timeouts[0].action = 'reassign'), pointer: '/nodes/3/timeouts/0/to', code: 'lint/timeout-reassign-to', exact: true },
  { name: 'lint-zero-timeout', mutate: (d) => (d.nodes[3].timeouts[0].after = 'PT0S'), pointer: '/nodes/3/timeouts/0/after', code: 'lint/zero-duration', exact: true },
  { name: 'lint-zero-repeat', mutate: (d) => (d.nodes[3].timeouts = [{ after: 'P1D', action: 'remind', repeat: { every: 'P0D', max: 3 } }]), pointer: '/nodes/3/timeouts/0/repeat/every', code: 'lint/zero-duration', exact: true },
  { name: 'lint-http-timeout-too-long', mutate: (d) => beforeEnd(d, { id: 'sync', type: 'automation', action: { type: 'http', url: 'https://erp.example.com/hook', timeout: 'PT1M' } }), pointer: '/nodes/11/action/timeout', code: 'lint/duration-too-long', exact: true },
  // Form
  { name: 'lint-invalid-pattern', mutate: (d) => d.form.fields.push({ key: 'code', type: 'text', label: label('Code'), pattern: '([a-z' }), pointer: '/form/fields/7/pattern', code: 'lint/invalid-pattern', exact: true },
  { name: 'lint-bounds-order', mutate: (d) => (d.form.fields[2].minimum = 2), pointer: '/form/fields/2/minimum', code: 'lint/bounds-order', exact: true },
  { name: 'lint-duplicate-option', mutate: (d) => d.form.fields.push({ key: 'tier', type: 'select', label: label('Tier'), options: [{ value: 'a', label: label('A') }, { value: 'a', label: label('A2') }] }), pointer: '/form/fields/7/options/1/value', code: 'lint/duplicate-option', exact: true },
];

const outDir = join(fixtures, 'invalid');
mkdirSync(outDir, { recursive: true });
for (const f of readdirSync(outDir)) rmSync(join(outDir, f));
const table: Record<string, { pointer: string; code: string; exact: boolean }> = {};
for (const c of cases) {
  const doc = structuredClone(base);
  doc.$schema = '../../../../../schemas/workflow.schema.json';
  c.mutate(doc);
  writeFileSync(join(outDir, `${c.name}.json`), formatDocument(c.wrap ? [doc] : doc));
  table[`${c.name}.json`] = { pointer: c.pointer, code: c.code, exact: c.exact };
}
writeFileSync(join(outDir, 'expected.json'), formatDocument(table));
console.log(`wrote ${cases.length} invalid definitions to ${outDir}`);
