import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTemplateGallery, REPO_TEMPLATES_DIR } from './template-gallery.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function galleryDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'baton-gallery-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const discount = join(REPO_TEMPLATES_DIR, 'discount-approval');
const manifest = readFileSync(join(discount, 'template.json'), 'utf8');
const workflow = readFileSync(join(discount, 'workflow.json'), 'utf8');

describe('createTemplateGallery', () => {
  it('reads the repository gallery, sorted by key, with workflow and README', () => {
    const g = createTemplateGallery();
    const keys = g.list().map((t) => t.manifest.key);
    expect(keys.length).toBeGreaterThanOrEqual(15);
    expect(keys).toEqual([...keys].sort());
    const t = g.get('discount-approval')!;
    expect((t.workflow as { key: string }).key).toBe('discount-approval');
    expect(t.readme).toContain('#');
    expect(g.get('no-such-template')).toBeUndefined();
    expect(g.skipped()).toEqual([]);
  });

  it('leaves out, with a reason, a folder whose manifest is not JSON, not a template, or names a workflow outside its folder or missing', () => {
    const outside = JSON.stringify({ ...JSON.parse(manifest), key: 'escape', workflow: '../good/workflow.json' });
    const missing = JSON.stringify({ ...JSON.parse(manifest), key: 'lost', workflow: 'nowhere.json' });
    const g = createTemplateGallery(galleryDir({
      'good/template.json': manifest,
      'good/workflow.json': workflow,
      'broken/template.json': '{ not json',
      'wrong/template.json': JSON.stringify({ key: 'Not A Key' }),
      'escape/template.json': outside,
      'lost/template.json': missing,
      'no-manifest/workflow.json': workflow,
    }));
    expect(g.list().map((t) => t.manifest.key)).toEqual(['discount-approval']);
    expect(g.get('discount-approval')!.readme).toBe('');
    expect(g.skipped().map((s) => s.folder)).toEqual(['broken', 'escape', 'lost', 'wrong']);
    expect(g.skipped().find((s) => s.folder === 'escape')!.reason).toContain('/workflow');
    expect(g.skipped().find((s) => s.folder === 'lost')!.reason).toContain('nowhere.json');
  });

  it('is empty for a folder that does not exist', () => {
    const g = createTemplateGallery(join(tmpdir(), 'baton-no-such-gallery-dir'));
    expect(g.list()).toEqual([]);
    expect(g.skipped()).toEqual([]);
  });
});
