// First-run install of the repo's templates: each templates/<key>/workflow.json that validates
// becomes a definition with version 1 published. Invalid ones are reported, not installed.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@baton/schema';
import type { BatonWorkflowDefinition } from '@baton/schema';
import { appendAudit } from '../audit/audit-log.ts';
import { draftEtag } from '../definitions/definition-row.ts';
import type { Store } from '../store/store.ts';

export interface TemplateSeedReport {
  installed: string[];
  skipped: Array<{ key: string; reason: string }>;
}

export async function seedTemplates(store: Store, templatesDir: string, now: string, by = 'admin'): Promise<TemplateSeedReport> {
  const report: TemplateSeedReport = { installed: [], skipped: [] };
  if (!existsSync(templatesDir)) return report;
  for (const dir of readdirSync(templatesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const file = join(templatesDir, dir, 'workflow.json');
    if (!existsSync(file)) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      report.skipped.push({ key: dir, reason: 'not JSON' });
      continue;
    }
    const checked = validateWorkflow(doc);
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
      await appendAudit(tx, store.dialect, { at: now, actor: 'system', action: 'definition.install-template', subject: `definition:${body.key}`, detail: { template: dir, version: 1 } });
    });
    report.installed.push(body.key);
  }
  return report;
}
