import { describe, expect, it } from 'vitest';
import type { WorkflowChange } from './diff.ts';
import { renderDiff } from './diff-render.ts';

const c = (type: WorkflowChange['target']['type'], en: string, zh: string): WorkflowChange => ({
  kind: 'node-changed',
  target: { type, id: 'x' },
  pointer: '',
  summary: { en, 'zh-CN': zh },
});

describe('renderDiff', () => {
  it('says there are no changes', () => {
    expect(renderDiff([], 'text')).toBe('No changes.');
    expect(renderDiff([], 'markdown')).toBe('No changes.');
    expect(renderDiff([], 'text', 'zh-CN')).toBe('没有变更。');
  });

  it('writes one line per change as text', () => {
    expect(renderDiff([c('node', 'a', '甲'), c('field', 'b', '乙')], 'text')).toBe('a\nb');
    expect(renderDiff([c('node', 'a', '甲'), c('field', 'b', '乙')], 'text', 'zh-CN')).toBe('甲\n乙');
  });

  it('groups Markdown under a heading per target type, in a fixed order', () => {
    const changes = [c('settings', 's', '设'), c('node', 'n1', '节1'), c('edge', 'e', '线'), c('node', 'n2', '节2')];
    expect(renderDiff(changes, 'markdown')).toBe(
      '### Workflow changes (4)\n\n#### Steps\n\n- n1\n- n2\n\n#### Branches and connections\n\n- e\n\n#### Settings\n\n- s',
    );
    expect(renderDiff(changes, 'markdown', 'zh-CN')).toBe(
      '### 流程变更（4 项）\n\n#### 节点\n\n- 节1\n- 节2\n\n#### 分支与连线\n\n- 线\n\n#### 设置\n\n- 设',
    );
  });

  it('keeps user text from becoming Markdown or HTML', () => {
    expect(renderDiff([c('edge', "branch 'a > 1 && *b*' [x](y) <img>", '')], 'markdown')).toContain(
      "- branch 'a &gt; 1 && \\*b\\*' \\[x\\](y) &lt;img&gt;",
    );
  });
});
