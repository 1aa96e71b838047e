// Turns assignee rules into users, each with the trace of why ("manager level 2 of alice ->
// level 1: bob -> level 2: erin"). Unknown and inactive users are dropped with a note; the empty
// result is for the node's empty-assignee policy to handle.
import type { AssigneeRule, Field } from '@baton/schema';
import type { Directory } from '../types/env.ts';

export interface Candidate {
  user: string;
  why: string[];
}

export interface ResolveContext {
  directory: Directory;
  initiator: string;
  data: Readonly<Record<string, unknown>>;
  fields: ReadonlyMap<string, Field>;
  recordOwner: string | undefined;
  selections: Readonly<Record<string, string[]>> | undefined;
}

export interface Resolution {
  candidates: Candidate[];
  notes: string[];
  /** A selection rule found no selection: who should have made it. */
  missingSelection?: 'initiator-selects' | 'previous-approver-selects';
  /** A manager chain is among the rules: the node runs one level after another. */
  chain: boolean;
}

const MAX_LEVELS = 20;

export function resolveAssignees(ctx: ResolveContext, rules: readonly AssigneeRule[], nodeId: string): Resolution {
  const out = new Collector(ctx);
  for (let i = 0; i < rules.length; i++) resolveRule(ctx, rules[i]!, `rule ${i + 1}`, nodeId, out);
  return out;
}

/** Joins the users of several rules: first occurrence wins; unknown and inactive users are noted. */
class Collector implements Resolution {
  candidates: Candidate[] = [];
  notes: string[] = [];
  missingSelection?: Resolution['missingSelection'];
  chain = false;
  constructor(private readonly ctx: ResolveContext) {}

  add(user: string, why: string[]): void {
    const u = this.ctx.directory.user(user);
    if (!u || u.active === false) {
      this.notes.push(`${user} is unknown or inactive: skipped`);
      return;
    }
    for (const c of this.candidates) if (c.user === user) return;
    this.candidates.push({ user, why });
  }
}

function resolveRule(ctx: ResolveContext, rule: AssigneeRule, label: string, nodeId: string, out: Collector): void {
  const { directory } = ctx;
  switch (rule.type) {
    case 'users':
      for (const u of rule.users) out.add(u, [`${label}: named user ${u}`]);
      return;
    case 'role': {
      const members = directory.membersOfRole(rule.role);
      if (members.length === 0) out.notes.push(`${label}: role ${rule.role} has no members`);
      for (const u of members) out.add(u, [`${label}: role ${rule.role} -> ${u}`]);
      return;
    }
    case 'department-head': {
      const level = rule.level ?? 1;
      const from = rule.department ?? directory.departmentOf(ctx.initiator);
      if (!from) {
        out.notes.push(`${label}: ${ctx.initiator} has no department`);
        return;
      }
      const trace = [`${label}: head of department ${from}${level > 1 ? ` up ${level - 1} level(s)` : ''}`];
      let dept = directory.department(from);
      for (let l = 1; l < level && dept; l++) dept = dept.parent ? directory.department(dept.parent) : undefined;
      if (!dept) {
        out.notes.push(`${trace[0]}: no such department`);
        return;
      }
      if (!dept.head) {
        out.notes.push(`${trace[0]}: department ${dept.id} has no head`);
        return;
      }
      out.add(dept.head, [...trace, `department ${dept.id} head: ${dept.head}`]);
      return;
    }
    case 'manager': {
      const level = rule.level ?? 1;
      const chain = managerChain(directory, ctx.initiator, level);
      const trace = [`${label}: manager level ${level} of ${ctx.initiator}`, ...chain.map((u, i) => `level ${i + 1}: ${u}`)];
      const user = chain[level - 1];
      if (!user) {
        out.notes.push(`${trace.join(' -> ')} -> level ${chain.length + 1} missing`);
        return;
      }
      out.add(user, trace);
      return;
    }
    case 'manager-chain': {
      out.chain = true;
      const to = rule.to === 'top' ? MAX_LEVELS : rule.to;
      const chain = managerChain(directory, ctx.initiator, to);
      if (chain.length === 0) out.notes.push(`${label}: ${ctx.initiator} has no manager`);
      chain.forEach((u, i) =>
        out.add(u, [`${label}: manager chain of ${ctx.initiator} to ${rule.to === 'top' ? 'the top' : `level ${to}`}`, `level ${i + 1}: ${u}`]),
      );
      return;
    }
    case 'form-field': {
      const value = ctx.data[rule.field];
      const ids = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];
      if (ids.length === 0) out.notes.push(`${label}: form field ${rule.field} is empty`);
      const field = ctx.fields.get(rule.field);
      for (const id of ids) {
        if (field?.type === 'department') {
          const head = directory.department(id)?.head;
          if (head) out.add(head, [`${label}: form field ${rule.field} = department ${id}`, `department ${id} head: ${head}`]);
          else out.notes.push(`${label}: department ${id} has no head`);
        } else {
          out.add(id, [`${label}: form field ${rule.field} = ${id}`]);
        }
      }
      return;
    }
    case 'record-owner':
      if (ctx.recordOwner) out.add(ctx.recordOwner, [`${label}: owner of the record: ${ctx.recordOwner}`]);
      else out.notes.push(`${label}: the record has no owner`);
      return;
    case 'initiator':
      out.add(ctx.initiator, [`${label}: the initiator ${ctx.initiator}`]);
      return;
    case 'initiator-selects':
    case 'previous-approver-selects': {
      const chosen = ctx.selections?.[nodeId];
      const who = rule.type === 'initiator-selects' ? 'the initiator' : 'the previous approver';
      if (!chosen || chosen.length === 0) {
        out.missingSelection ??= rule.type;
        out.notes.push(`${label}: ${who} chose nobody`);
        return;
      }
      for (const u of chosen) out.add(u, [`${label}: chosen by ${who}: ${u}`]);
      return;
    }
  }
}

/** The initiator's managers from level 1 up to `levels`, stopping at the top; never loops. */
export function managerChain(directory: Directory, user: string, levels: number): string[] {
  const chain: string[] = [];
  const seen = new Set([user]);
  let cur = user;
  while (chain.length < Math.min(levels, MAX_LEVELS)) {
    const m = directory.manager(cur);
    if (!m || seen.has(m)) break;
    seen.add(m);
    chain.push(m);
    cur = m;
  }
  return chain;
}

/** Whether `user` may be picked under a selection rule's `among` roles. */
export function selectable(directory: Directory, user: string, among: readonly string[] | undefined): boolean {
  const u = directory.user(user);
  if (!u || u.active === false) return false;
  if (!among || among.length === 0) return true;
  return among.some((r) => u.roles?.includes(r) ?? false);
}
