// What deactivating a definition would touch: running requests per current node, pending tasks
// per approver, the record type it changes, and other flows that start it as a subflow.
import type { BatonWorkflowDefinition } from '@baton/schema';
import type { Db } from '../store/store.ts';

export interface ImpactReport {
  key: string;
  runningInstances: number;
  byVersion: Array<{ version: number; running: number }>;
  byNode: Array<{ nodeId: string; instances: number }>;
  pendingTasksByApprover: Array<{ userId: string; tasks: number }>;
  /** The record type it works on; for change-set flows, the records locked by running requests. */
  record?: { type: string; changeSet: boolean; lockedRecords: string[] };
  dependents: Array<{ key: string; nodeId: string }>;
}

const RUNNING = ['running', 'returned'];

export async function impactReport(db: Db, key: string, latest: BatonWorkflowDefinition | undefined): Promise<ImpactReport> {
  const byVersion = await db.selectFrom('instances').select(['version', (eb) => eb.fn.countAll().as('n')])
    .where('definition_key', '=', key).where('status', 'in', RUNNING).groupBy('version').orderBy('version').execute();
  const byNode = await db.selectFrom('tasks').select(['node_id', (eb) => eb.fn.count('instance_id').distinct().as('n')])
    .where('definition_key', '=', key).where('status', '=', 'pending').groupBy('node_id').orderBy('node_id').execute();
  const byApprover = await db.selectFrom('tasks').select(['assignee', (eb) => eb.fn.countAll().as('n')])
    .where('definition_key', '=', key).where('status', '=', 'pending').groupBy('assignee').orderBy('assignee').execute();
  // Other flows whose latest version starts this one as a subflow.
  const others = await db.selectFrom('definitions')
    .innerJoin('definition_versions', (j) => j.onRef('definition_versions.key', '=', 'definitions.key').onRef('definition_versions.version', '=', 'definitions.latest_version'))
    .select(['definitions.key', 'definition_versions.body']).where('definitions.key', '!=', key).where('definitions.deleted_at', 'is', null).execute();
  const dependents: ImpactReport['dependents'] = [];
  for (const o of others) {
    const body = JSON.parse(o.body) as BatonWorkflowDefinition;
    for (const n of body.nodes) if (n.type === 'subflow' && (n as { flow?: string }).flow === key) dependents.push({ key: o.key, nodeId: n.id });
  }
  return {
    key,
    runningInstances: byVersion.reduce((a, r) => a + Number(r.n), 0),
    byVersion: byVersion.map((r) => ({ version: Number(r.version), running: Number(r.n) })),
    byNode: byNode.map((r) => ({ nodeId: r.node_id, instances: Number(r.n) })),
    pendingTasksByApprover: byApprover.map((r) => ({ userId: r.assignee, tasks: Number(r.n) })),
    ...(latest?.record ? { record: { type: latest.record.type, changeSet: !!latest.record.changeSet, lockedRecords: latest.record.changeSet ? await lockedRecords(db, key) : [] } } : {}),
    dependents,
  };
}

/** Records with a pending change-set (their fields are locked until the request finishes). */
async function lockedRecords(db: Db, key: string): Promise<string[]> {
  const rows = await db.selectFrom('instances').select('snapshot').where('definition_key', '=', key).where('status', 'in', RUNNING).limit(1000).execute();
  const ids = new Set<string>();
  for (const r of rows) {
    const s = JSON.parse(r.snapshot) as { record?: { id?: string }; patch?: unknown };
    if (s.record?.id && s.patch) ids.add(s.record.id);
  }
  return [...ids].sort();
}
