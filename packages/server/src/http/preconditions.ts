// If-Match handling for drafts: a write names the ETag it was based on; a different current ETag
// means someone else saved in between (412), and a write that names none is refused (428).
import type { Context } from 'hono';
import { fail, ok } from './api-error.ts';
import type { Result } from './api-error.ts';

export function requireIfMatch(c: Context): Result<string> {
  const v = c.req.header('if-match')?.trim();
  if (!v) {
    return fail(428, 'if-match-required', 'Send If-Match with the ETag of the draft you edited.', '请在 If-Match 中提供您所编辑草稿的 ETag。');
  }
  return ok(v);
}

export function staleDraft<T = never>(current: string): Result<T> {
  return fail(412, 'draft-changed', 'Someone else saved this draft since you loaded it; reload and merge your changes.',
    '草稿在您加载后已被他人保存，请重新加载并合并您的修改。', { details: { currentEtag: current } });
}
