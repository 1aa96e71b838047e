// First-run install of the repo's templates: each templates/<key>/ is installed with its default
// parameters through installTemplate (the same path as the gallery's install, so the definition
// remembers its template key and version) and published as version 1. Invalid ones are reported,
// not installed.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { installTemplate } from '@baton/schema';
import type { BatonWorkflowDefinition } from '@baton/schema';
import { appendAudit } from '../audit/audit-log.ts';
import { draftEtag } from '../definitions/definition-row.ts';
import type { Store } from '../store/store.ts';
import { installTemplateScenarios, readTemplateScenarios } from '../templates/template-scenarios.ts';

export interface TemplateSeedReport {
  installed: string[];
  skipped: Array<{ key: string; reason: string }>;
}

export async function seedTemplates(store: Store, templatesDir: string, now: string, by = 'admin'): Promise<TemplateSeedReport> {
  const report: TemplateSeedReport = { installed: [], skipped: [] };
  if (!existsSync(templatesDir)) return report;
  for (const dir of readdirSync(templatesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const manifestFile = join(templatesDir, dir, 'template.json');
    if (!existsSync(manifestFile)) continue;
    let manifest: { workflow?: unknown; version?: unknown };
    let doc: unknown;
    try {
      manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as typeof manifest;
      doc = JSON.parse(readFileSync(join(templatesDir, dir, typeof manifest.workflow === 'string' ? manifest.workflow : 'workflow.json'), 'utf8'));
    } catch {
      report.skipped.push({ key: dir, reason: 'template.json or its workflow is missing or not JSON' });
      continue;
    }
    const checked = installTemplate(manifest, doc, {});
    if (!checked.ok) {
      report.skipped.push({ key: dir, reason: checked.problems.map((p) => `${p.pointer} ${p.message.en}`).slice(0, 3).join('; ') });
      continue;
    }
    const def = checked.value as BatonWorkflowDefinition & { $schema?: string };
    const { $schema: _drop, ...body } = def;
    const exists = await store.db.selectFrom('definitions').select('key').where('key', '=', body.key).executeTakeFirst();
    if (exists) continue;
    await store.db.transaction().execute(async (tx) => {
      await tx.insertInto('definitions').values({ key: body.key, draft: JSON.stringify(body), draft_etag: draftEtag(body), status: 'active', latest_version: 1, scopes: '{}', deleted_at: null, created_by: by, created_at: now, updated_at: now }).execute();
      await tx.insertInto('definition_versions').values({ key: body.key, version: 1, body: JSON.stringify(body), published_by: by, published_at: now }).execute();
      await installTemplateScenarios(tx, body.key, readTemplateScenarios(join(templatesDir, dir)), by, now);
      await appendAudit(tx, store.dialect, { at: now, actor: 'system', action: 'definition.install-template', subject: `definition:${body.key}`, detail: { template: dir, templateVersion: manifest.version, version: 1 } });
    });
    report.installed.push(body.key);
  }
  return report;
}
