// Who may download an attachment: the uploader while no request holds it; after that, whoever may
// see a request that holds it in a field not hidden from them. A request holds a file only when
// its uploader takes part in it (initiator or assignee): naming someone else's attachment id in
// my own request gives me nothing. Everyone else gets a 404, so ids do not leak.
import type { AppContext } from '../app-context.ts';
import type { Principal } from '../auth/principal.ts';
import { hiddenFields, loadInstance, maySee } from '../runtime/instance-view.ts';
import type { AttachmentMeta } from './attachment-store.ts';
import { fieldsHolding, referencingInstances } from './attachment-store.ts';

export async function mayDownload(ctx: AppContext, p: Principal, a: AttachmentMeta): Promise<boolean> {
  const db = ctx.store.db;
  let referenced = false;
  for (const instanceId of await referencingInstances(db, a.id)) {
    const inst = await loadInstance(ctx, db, instanceId);
    if (!inst) continue;
    const fields = fieldsHolding(inst.snapshot.data as Record<string, unknown>, a.id);
    const s = inst.snapshot;
    if (!fields.length || (s.initiator !== a.uploadedBy && !s.tasks.some((t) => t.user === a.uploadedBy))) continue;
    referenced = true;
    if (!(await maySee(ctx, db, p, inst))) continue;
    const hidden = hiddenFields(inst.def, inst.snapshot, p);
    if (fields.some((f) => !hidden.has(f))) return true;
  }
  return !referenced && a.uploadedBy === p.userId;
}
