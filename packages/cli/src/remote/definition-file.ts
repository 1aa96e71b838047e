// A workflow as git holds it and as the server holds it. The server's copy carries no `$schema`
// (where the schema is depends on where the file is); the file gets one that resolves from its
// folder: the repository's schemas/ when the folder is inside a Baton repository, else the
// published $id. Comparisons are on canonical text, so key order and spacing never count.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { formatDocument, schemaId, type BatonWorkflowDefinition } from '@baton/schema';

/** The definition without `$schema`: what is sent to and compared with the server. */
export function serverBody(doc: BatonWorkflowDefinition): BatonWorkflowDefinition {
  const { $schema: _schema, ...body } = doc;
  return body as BatonWorkflowDefinition;
}

export function sameDefinition(a: BatonWorkflowDefinition, b: BatonWorkflowDefinition): boolean {
  return formatDocument(serverBody(a)) === formatDocument(serverBody(b));
}

/** The `$schema` for a file of `kind` written in `dir` (absolute). */
export function schemaRefFor(dir: string, kind: 'workflow' | 'record-type' = 'workflow'): string {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, 'schemas', `${kind}.schema.json`)) && existsSync(join(at, 'pnpm-workspace.yaml'))) {
      const ref = relative(dir, join(at, 'schemas', `${kind}.schema.json`)).split('\\').join('/');
      return ref.startsWith('.') ? ref : `./${ref}`;
    }
    if (dirname(at) === at) return schemaId(kind);
  }
}

/** The canonical text of the file for a server draft, written in `dir`. */
export function fileText(draft: BatonWorkflowDefinition, dir: string): string {
  return formatDocument({ ...serverBody(draft), $schema: schemaRefFor(resolve(dir)) });
}
