// The API body schemas (schemas/api/*.schema.json), imported statically so nothing is globbed at
// run time. The OpenAPI document and the body validator both read this list.
export type JsonSchema = Record<string, unknown>;
import apiTokenCreate from '../../../../schemas/api/api-token-create.schema.json' with { type: 'json' };
import definitionDeactivate from '../../../../schemas/api/definition-deactivate.schema.json' with { type: 'json' };
import definitionDuplicate from '../../../../schemas/api/definition-duplicate.schema.json' with { type: 'json' };
import definitionSimulate from '../../../../schemas/api/definition-simulate.schema.json' with { type: 'json' };
import definitionScopes from '../../../../schemas/api/definition-scopes.schema.json' with { type: 'json' };
import error from '../../../../schemas/api/error.schema.json' with { type: 'json' };
import departmentWrite from '../../../../schemas/api/department-write.schema.json' with { type: 'json' };
import instanceAction from '../../../../schemas/api/instance-action.schema.json' with { type: 'json' };
import instanceStart from '../../../../schemas/api/instance-start.schema.json' with { type: 'json' };
import login from '../../../../schemas/api/login.schema.json' with { type: 'json' };
import notificationSettings from '../../../../schemas/api/notification-settings.schema.json' with { type: 'json' };
import requestPreview from '../../../../schemas/api/request-preview.schema.json' with { type: 'json' };
import requestDraft from '../../../../schemas/api/request-draft.schema.json' with { type: 'json' };
import scenarioRun from '../../../../schemas/api/scenario-run.schema.json' with { type: 'json' };
import roleWrite from '../../../../schemas/api/role-write.schema.json' with { type: 'json' };
import taskAction from '../../../../schemas/api/task-action.schema.json' with { type: 'json' };
import taskBatchApprove from '../../../../schemas/api/task-batch-approve.schema.json' with { type: 'json' };
import templateInstall from '../../../../schemas/api/template-install.schema.json' with { type: 'json' };
import userCreate from '../../../../schemas/api/user-create.schema.json' with { type: 'json' };
import userUpdate from '../../../../schemas/api/user-update.schema.json' with { type: 'json' };
import webhookCreate from '../../../../schemas/api/webhook-create.schema.json' with { type: 'json' };
import recordWrite from '../../../../schemas/api/record-write.schema.json' with { type: 'json' };
import recordPatch from '../../../../schemas/api/record-patch.schema.json' with { type: 'json' };
import recordChangeRequest from '../../../../schemas/api/record-change-request.schema.json' with { type: 'json' };
import inboundHookCreate from '../../../../schemas/api/inbound-hook-create.schema.json' with { type: 'json' };

export const API_SCHEMAS: readonly JsonSchema[] = [
  apiTokenCreate,
  definitionDeactivate,
  definitionDuplicate,
  definitionScopes,
  definitionSimulate,
  departmentWrite,
  error,
  instanceAction,
  instanceStart,
  login,
  notificationSettings,
  requestDraft,
  requestPreview,
  roleWrite,
  scenarioRun,
  taskAction,
  taskBatchApprove,
  templateInstall,
  userCreate,
  userUpdate,
  webhookCreate,
  recordWrite,
  recordPatch,
  recordChangeRequest,
  inboundHookCreate,
];

export const apiSchemaId = (name: string) => `https://baton.dev/schemas/api/${name}.schema.json`;
