// Shared by the attachment lifecycle suites: a flow and a record type with an attachment field,
// PDF bytes of a given size, and HTTP helpers (upload, download, start a request, save a draft).
import { expect } from 'vitest';
import type { TestServer } from './harness.ts';

export const KIB = 1024;
export const HOUR = 3600_000;
export const MINUTE = 60_000;

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
export const pdfOf = (n: number) => { const b = new Uint8Array(n); b.set(PDF.subarray(0, Math.min(PDF.length, n))); return b; };

export const flow = {
  key: 'lifecycle-flow',
  name: { en: 'Lifecycle', 'zh-CN': '附件生命周期' },
  form: { fields: [
    { key: 'subject', type: 'text', label: { en: 'Subject' }, required: true },
    { key: 'evidence', type: 'attachment', label: { en: 'Evidence' } },
  ] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'manager', type: 'approval', assignees: [{ type: 'manager', level: 1 }] },
    { id: 'end', type: 'end', outcome: 'approved' },
  ],
  edges: [{ from: 'start', to: 'manager' }, { from: 'manager', to: 'end' }],
};

export const contractType = {
  key: 'signed-contract',
  name: { en: 'Signed contract', 'zh-CN': '已签合同' },
  pluralName: { en: 'Signed contracts', 'zh-CN': '已签合同' },
  titleField: 'name',
  access: { read: 'department', edit: 'owner' },
  fields: [
    { key: 'name', type: 'text', label: { en: 'Name', 'zh-CN': '名称' }, required: true },
    { key: 'scan', type: 'attachment', label: { en: 'Scan', 'zh-CN': '扫描件' } },
  ],
};

export async function setUpAttachmentFlow(s: TestServer) {
  const admin = await s.token('admin');
  expect((await s.call('POST', '/api/definitions', { token: admin, body: flow })).status).toBe(201);
  expect((await s.call('POST', `/api/definitions/${flow.key}/publish`, { token: admin })).status).toBe(201);
  expect((await s.call('PUT', `/api/record-types/${contractType.key}`, { token: admin, body: contractType })).status).toBe(201);
}

export type FileValue = { id: string; name: string; size: number; contentType: string };

export function attachmentClient(s: () => TestServer) {
  const rows = async () => Number((await s().store.db.selectFrom('attachments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  async function upload(user: string, bytes: Uint8Array, name = 'scan.pdf') {
    const res = await fetch(`${s().url}/api/attachments?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { authorization: `Bearer ${await s().token(user)}` }, body: bytes as Uint8Array<ArrayBuffer> });
    return { status: res.status, headers: res.headers, body: (await res.json()) as any };
  }
  async function uploaded(user: string, bytes: Uint8Array, name?: string): Promise<FileValue> {
    const r = await upload(user, bytes, name);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as FileValue;
  }
  const download = async (user: string, id: string) =>
    (await fetch(`${s().url}/api/attachments/${encodeURIComponent(id)}`, { headers: { authorization: `Bearer ${await s().token(user)}` } })).status;
  const start = async (user: string, files: unknown[]) =>
    s().call('POST', '/api/instances', { token: await s().token(user), body: { definition: flow.key, data: { subject: 'With files', evidence: files } } });
  async function saveDraft(user: string, files: unknown[]): Promise<string> {
    const r = await s().call('POST', '/api/request-drafts', { token: await s().token(user), body: { definition: flow.key, data: { subject: 'Later', evidence: files } } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as string;
  }
  async function discardDraft(user: string, id: string) {
    expect((await s().call('DELETE', `/api/request-drafts/${id}`, { token: await s().token(user) })).status).toBeLessThan(300);
  }
  return { rows, upload, uploaded, download, start, saveDraft, discardDraft };
}
