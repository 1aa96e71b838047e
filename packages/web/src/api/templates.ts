// The template gallery (packages/server/src/routes/templates-routes.ts): list, one template with
// its workflow for the preview, install with parameters (422 at /params/<name>, 409 at /key).
import type { BatonWorkflowDefinition } from '@baton/schema';
import type { ApiResult, HttpClient } from './http.ts';

export type Localized = { en: string; 'zh-CN'?: string };

/** One parameter of a template, as its manifest's JSON Schema writes it. */
export interface TemplateParameter {
  type?: string;
  kind?: string;
  title?: Localized;
  description?: Localized;
  default?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
}

export interface TemplateParameters {
  type?: 'object';
  properties?: Record<string, TemplateParameter>;
  required?: string[];
}

export interface InstalledFrom {
  definition: string;
  version: string;
  status: string;
  latestVersion: number;
}

export interface TemplateCard {
  key: string;
  version: string;
  name: Localized;
  description?: Localized;
  category?: string;
  tags: string[];
  parameters: TemplateParameters;
  workflowKey?: string;
  readme: string;
  installed: InstalledFrom[];
}

export interface TemplateDetail extends TemplateCard {
  bindings: Array<{ parameter: string; pointer: string }>;
  workflow: BatonWorkflowDefinition;
}

export interface InstallRequest {
  params: Record<string, unknown>;
  key?: string;
  publish?: boolean;
}

export interface InstallResponse {
  key: string;
  etag: string;
  template: { key: string; version: string };
}

const path = (key: string) => `/api/templates/${encodeURIComponent(key)}`;

export async function listTemplates(http: HttpClient): Promise<ApiResult<TemplateCard[]>> {
  const r = await http.request<{ items: TemplateCard[] }>('GET', '/api/templates');
  return r.ok ? { ...r, data: r.data?.items ?? [] } : r;
}

export function getTemplate(http: HttpClient, key: string): Promise<ApiResult<TemplateDetail>> {
  return http.request<TemplateDetail>('GET', path(key));
}

/** Installs a template; `idempotencyKey` makes a double click install once. */
export function installTemplate(http: HttpClient, key: string, body: InstallRequest, idempotencyKey: string): Promise<ApiResult<InstallResponse>> {
  return http.request<InstallResponse>('POST', `${path(key)}/install`, { body, headers: { 'idempotency-key': idempotencyKey } });
}
