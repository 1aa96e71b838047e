// Attachments (packages/server/src/routes/attachments-routes.ts): upload a file as the raw body,
// with the flow and field whose limits apply; download one as a Blob (the bearer token goes in a
// header, so a plain link cannot fetch it).
import type { AttachmentValue } from '../form-kit/file-transport.ts';
import type { ApiResult, HttpClient } from './http.ts';

export function uploadAttachment(http: HttpClient, file: File, target?: { definition: string; field: string }): Promise<ApiResult<AttachmentValue>> {
  const params = new URLSearchParams({ name: file.name });
  if (target) {
    params.set('definition', target.definition);
    params.set('field', target.field);
  }
  return http.request<AttachmentValue>('POST', `/api/attachments?${params.toString()}`, { raw: { body: file, contentType: file.type || 'application/octet-stream' } });
}

export function downloadAttachment(http: HttpClient, id: string): Promise<ApiResult<Blob>> {
  return http.request<Blob>('GET', `/api/attachments/${encodeURIComponent(id)}`, { blob: true });
}
