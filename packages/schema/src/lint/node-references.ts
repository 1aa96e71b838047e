// References to nodes and records: a rejection sent back to a node goes to an approval or handler
// step that comes earlier on some path; layout entries belong to nodes; with the record type at
// hand, a change set and record updates name fields the record has.
import type { BatonRecordType } from '../generated/types.ts';
import { pointerToken, problem, type Problem } from '../problem.ts';
import { canReach } from './graph-order.ts';
import { arrayOf, isJson, q, qz, str, type WorkflowIndex } from './workflow-index.ts';

const RETURN_TARGET_TYPES = new Set(['approval', 'handler']);

export function lintRejectTargets(ix: WorkflowIndex, out: Problem[]): void {
  for (const n of ix.nodes) {
    const r = n.raw.onReject;
    if (!isJson(r)) continue;
    const at = `/nodes/${n.index}/onReject`;
    const target = str(r.node);
    if (r.to !== 'node') {
      if (target !== undefined) {
        out.push(
          problem(`${at}/node`, 'lint/reject-target', 'onReject.node is ignored unless onReject.to is "node"', '仅当 onReject.to 为 "node" 时 onReject.node 才生效', 'warning'),
        );
      }
      continue;
    }
    const bad = (pointer: string, en: string, zh: string) => out.push(problem(pointer, 'lint/reject-target', en, zh));
    if (target === undefined) {
      bad(`${at}/node`, 'onReject.to is "node" but no node is named', 'onReject.to 为 "node"，但没有指定节点');
      continue;
    }
    const t = ix.nodeById.get(target);
    if (!t) bad(`${at}/node`, `rejections go back to ${q(target)}, which does not exist`, `驳回退回的节点${qz(target)}不存在`);
    else if (!RETURN_TARGET_TYPES.has(t.type)) {
      bad(`${at}/node`, `rejections can go back to an approval or handler step; ${q(target)} is a ${t.type} node`, `驳回只能退回到审批或办理节点；${qz(target)}是 ${t.type} 节点`);
    } else if (target === n.id || !canReach(ix, target, n.id)) {
      bad(`${at}/node`, `rejections go back to ${q(target)}, which does not come before ${q(n.id)} on any path`, `驳回退回的${qz(target)}不在${qz(n.id)}之前的任何路径上`);
    }
  }
}

export function lintLayout(ix: WorkflowIndex, out: Problem[]): void {
  if (!isJson(ix.def.layout)) return;
  for (const key of Object.keys(ix.def.layout)) {
    if (ix.nodeById.has(key)) continue;
    out.push(
      problem(`/layout/${pointerToken(key)}`, 'lint/layout-unknown-node', `layout has a position for ${q(key)}, which is not a node`, `布局中的${qz(key)}不是节点`, 'warning'),
    );
  }
}

export function lintRecordFields(ix: WorkflowIndex, recordTypes: ReadonlyMap<string, BatonRecordType> | undefined, out: Problem[]): void {
  if (!recordTypes) return;
  const fieldsOf = (type: unknown) => {
    const rt = typeof type === 'string' ? recordTypes.get(type) : undefined;
    return rt ? new Set(arrayOf(rt.fields).flatMap((f) => (isJson(f) && typeof f.key === 'string' ? [f.key] : []))) : undefined;
  };
  const unknown = (pointer: string, key: string, type: string) =>
    out.push(
      problem(pointer, 'lint/unknown-record-field', `record type ${q(type)} has no field ${q(key)}`, `记录类型${qz(type)}没有字段${qz(key)}`),
    );
  const record = isJson(ix.def.record) ? ix.def.record : undefined;
  const ownType = record ? str(record.type) : undefined;
  const own = fieldsOf(ownType);
  if (record && own && ownType) {
    const changeSet = isJson(record.changeSet) ? record.changeSet : {};
    arrayOf(changeSet.fields).forEach((f, i) => {
      if (typeof f === 'string' && !own.has(f)) unknown(`/record/changeSet/fields/${i}`, f, ownType);
    });
  }
  for (const n of ix.nodes) {
    const a = n.raw.action;
    if (!isJson(a)) continue;
    const [map, type, prop] =
      a.type === 'update-record' ? [a.set, ownType, 'set'] : a.type === 'create-record' ? [a.values, str(a.recordType), 'values'] : [];
    const known = fieldsOf(type);
    if (!isJson(map) || !known || !type) continue;
    for (const key of Object.keys(map)) {
      if (!known.has(key)) unknown(`/nodes/${n.index}/action/${prop}/${pointerToken(key)}`, key, type);
    }
  }
}
