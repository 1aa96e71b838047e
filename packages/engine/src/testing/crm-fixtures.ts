// Shared test material: a small org and the five-step CRM approval (manager -> exclusive branch
// on amount -> director on the high branch -> finance -> end), used by tests, scenarios and the bench.
import type { BatonOrgDirectory, BatonWorkflowDefinition } from '@baton/schema';
import { createSequentialIds } from '../directory/sequential-ids.ts';
import { createStaticDirectory } from '../directory/static-directory.ts';
import type { Env } from '../types/env.ts';

export const ORG: BatonOrgDirectory = {
  users: [
    { id: 'ceo', name: 'Chen CEO', department: 'hq' },
    { id: 'vp', name: 'Victor VP', department: 'sales' },
    { id: 'mia', name: 'Mia Manager', department: 'east', roles: [] },
    { id: 'sam', name: 'Sam Sales', department: 'east' },
    { id: 'sue', name: 'Sue Sales', department: 'east' },
    { id: 'dan', name: 'Dan Director', department: 'sales', roles: ['sales-director'] },
    { id: 'fay', name: 'Fay Finance', department: 'finance', roles: ['finance'] },
    { id: 'fred', name: 'Fred Finance', department: 'finance', roles: ['finance'] },
    { id: 'fin', name: 'Finn Finance Head', department: 'finance' },
    { id: 'lee', name: 'Lee Legal', department: 'hq', roles: ['legal'] },
    { id: 'ada', name: 'Ada Admin', department: 'hq', roles: ['flow-admin'] },
    { id: 'old', name: 'Old Timer', department: 'east', active: false },
  ],
  departments: [
    { id: 'hq', name: 'HQ', head: 'ceo' },
    { id: 'sales', name: 'Sales', parent: 'hq', head: 'vp' },
    { id: 'east', name: 'Sales East', parent: 'sales', head: 'mia' },
    { id: 'finance', name: 'Finance', parent: 'hq', head: 'fin' },
  ],
  roles: [{ id: 'sales-director' }, { id: 'finance' }, { id: 'legal' }, { id: 'flow-admin' }],
};

const label = (en: string) => ({ en });

export function crmApproval(): BatonWorkflowDefinition {
  return {
    key: 'crm-approval',
    name: { en: 'Discount approval', 'zh-CN': '折扣审批' },
    form: {
      fields: [
        { key: 'amount', type: 'money', label: label('Amount'), required: true },
        { key: 'customer', type: 'text', label: label('Customer') },
      ],
    },
    nodes: [
      { id: 'start', type: 'start' },
      { id: 'manager', type: 'approval', assignees: [{ type: 'manager', level: 1 }] },
      { id: 'amount', type: 'exclusive' },
      { id: 'director', type: 'approval', assignees: [{ type: 'role', role: 'sales-director' }] },
      { id: 'finance', type: 'approval', assignees: [{ type: 'users', users: ['fay'] }] },
      { id: 'end', type: 'end', outcome: 'approved' },
    ],
    edges: [
      { from: 'start', to: 'manager' },
      { from: 'manager', to: 'amount' },
      { from: 'amount', to: 'director', condition: 'amount > 10000', priority: 1 },
      { from: 'amount', to: 'finance', default: true },
      { from: 'director', to: 'finance' },
      { from: 'finance', to: 'end' },
    ],
    settings: { admins: [{ type: 'role', role: 'flow-admin' }] },
  };
}

export const T0 = '2026-01-05T09:00:00.000Z';

/** An env at a fixed time with deterministic ids over ORG (or another org). */
export function testEnv(now = T0, org: BatonOrgDirectory = ORG): Env {
  return { now, ids: createSequentialIds(), directory: createStaticDirectory(org) };
}
