/* Generated from schemas/ by `pnpm types:generate`. Do not edit by hand. */

/**
 * Who a task goes to. Rules that name roles, departments and relations are portable between environments; literal users are resolved through the environment mapping.
 *
 * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
 * via the `definition` "AssigneeRule".
 */
export type AssigneeRule =
  | UsersAssignee
  | RoleAssignee
  | DepartmentHeadAssignee
  | ManagerAssignee
  | ManagerChainAssignee
  | FormFieldAssignee
  | RecordOwnerAssignee
  | InitiatorAssignee
  | InitiatorSelectsAssignee
  | PreviousApproverSelectsAssignee;
/**
 * One form field. Its `type` decides which other properties apply.
 *
 * This interface was referenced by `BatonForm`'s JSON-Schema
 * via the `definition` "Field".
 */
export type Field =
  | TextField
  | TextareaField
  | NumberField
  | MoneyField
  | BooleanField
  | DateField
  | DateRangeField
  | SelectField
  | MultiSelectField
  | UserField
  | DepartmentField
  | RecordLinkField
  | AttachmentField
  | DetailTableField
  | FormulaField;
/**
 * One column of a detail table: any field type except another detail table.
 *
 * This interface was referenced by `BatonForm`'s JSON-Schema
 * via the `definition` "ColumnField".
 */
export type ColumnField =
  | TextField
  | TextareaField
  | NumberField
  | MoneyField
  | BooleanField
  | DateField
  | DateRangeField
  | SelectField
  | MultiSelectField
  | UserField
  | DepartmentField
  | RecordLinkField
  | AttachmentField
  | FormulaField;
/**
 * One step of the flow. Its `type` decides which other properties apply.
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "Node".
 */
export type Node =
  | StartNode
  | ApprovalNode
  | HandlerNode
  | CcNode
  | ExclusiveNode
  | InclusiveNode
  | ParallelNode
  | JoinNode
  | DelayNode
  | AutomationNode
  | SubflowNode
  | EndNode;
/**
 * Waits for a duration, or until a date in the form (plus an offset), then continues.
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "DelayNode".
 */
export type DelayNode = {
  /**
   * The id of a node: stable across versions so diffs, analytics and tests can key on it. Letters, digits, "_" and "-", starting with a letter.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "NodeId".
   */
  id: string;
  /**
   * The node type.
   */
  type: 'delay';
  name?: I18NText;
  description?: I18NLongText;
  /**
   * An ISO-8601 duration such as "PT4H" (4 hours), "P2D" (2 days) or "P1W" (1 week).
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "Duration".
   */
  duration?: string;
  /**
   * Wait until the date in a form field, shifted by `offset`.
   */
  until?: {
    /**
     * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "FieldKey".
     */
    field: string;
    /**
     * An ISO-8601 duration added to the date; prefix "-" to go earlier.
     */
    offset?: string;
  };
} & {
  [k: string]: unknown;
};
/**
 * What an automation step does.
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "AutomationAction".
 */
export type AutomationAction =
  UpdateRecordAction | CreateRecordAction | HttpAction | EmailAction | NotifyAction | AssignOwnerAction;

export interface BatonFiles {
  common?: BatonCommonDefinitions;
  environment?: BatonEnvironmentMapping;
  form?: BatonForm;
  org?: BatonOrgDirectory;
  'record-type'?: BatonRecordType;
  scenario?: BatonScenario;
  template?: BatonTemplateManifest;
  workflow?: BatonWorkflowDefinition;
}
/**
 * Shapes shared by every Baton file: bilingual text, keys, durations, CEL expressions, assignee rules and value sources.
 */
export interface BatonCommonDefinitions {
  [k: string]: unknown;
}
/**
 * Text shown to people, in English and Simplified Chinese. At least one language is required; the UI falls back to the other.
 *
 * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
 * via the `definition` "I18nText".
 */
export interface I18NText {
  /**
   * English text.
   */
  en?: string;
  /**
   * Simplified Chinese text (简体中文).
   */
  'zh-CN'?: string;
}
/**
 * Longer text shown to people (descriptions, help, email bodies), in English and Simplified Chinese.
 *
 * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
 * via the `definition` "I18nLongText".
 */
export interface I18NLongText {
  /**
   * English text.
   */
  en?: string;
  /**
   * Simplified Chinese text (简体中文).
   */
  'zh-CN'?: string;
}
/**
 * Named users.
 *
 * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
 * via the `definition` "UsersAssignee".
 */
export interface UsersAssignee {
  /**
   * Which assignee rule this is.
   */
  type: 'users';
  /**
   * The users, by key.
   *
   * @minItems 1
   * @maxItems 100
   */
  users: string[];
}
/**
 * Every member of a role.
 *
 * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
 * via the `definition` "RoleAssignee".
 */
export interface RoleAssignee {
  /**
   * Which assignee rule this is.
   */
  type: 'role';
  /**
   * A stable, human-readable key: lower case letters, digits and hyphens, starting with a letter. Never a database id.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "Key".
   */
  role: string;
}
/**
 * The head of a department: a named one, or the initiator's own department walked up `level` steps (1 = the initiator's department).
 *
 * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
 * via the `definition` "DepartmentHeadAssignee".
 */
export interface DepartmentHeadAssignee {
  /**
   * Which assignee rule this is.
   */
  type: 'department-head';
  /**
   * A stable, human-readable key: lower case letters, digits and hyphens, starting with a letter. Never a database id.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "Key".
   */
  department?: string;
  /**
   * How many levels up from the department (1 = the department itself).
   */
  level?: number;
}
/**
 * The initiator's manager at exactly `level` (1 = direct manager, 2 = manager's manager).
 *
 * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
 * via the `definition` "ManagerAssignee".
 */
export interface ManagerAssignee {
  /**
   * Which assignee rule this is.
   */
  type: 'manager';
  /**
   * Which level of manager (1 = direct manager).
   */
  level?: number;
}
/**
 * Consecutive managers of the initiator (连续多级主管), one after another from the direct manager up to `to` levels, or to the top of the org.
 *
 * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
 * via the `definition` "ManagerChainAssignee".
 */
export interface ManagerChainAssignee {
  /**
   * Which assignee rule this is.
   */
  type: 'manager-chain';
  /**
   * The last level: a number of levels, or "top" for the top of the chain.
   */
  to: number | 'top';
}
/**
 * The user(s) chosen in a user field of the form, or the head of the department chosen in a department field.
 *
 * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
 * via the `definition` "FormFieldAssignee".
 */
export interface FormFieldAssignee {
  /**
   * Which assignee rule this is.
   */
  type: 'form-field';
  /**
   * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "FieldKey".
   */
  field: string;
}
/**
 * The owner of the record the request is about.
 *
 * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
 * via the `definition` "RecordOwnerAssignee".
 */
export interface RecordOwnerAssignee {
  /**
   * Which assignee rule this is.
   */
  type: 'record-owner';
}
/**
 * The initiator themself (for handler tasks such as "upload the signed contract").
 *
 * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
 * via the `definition` "InitiatorAssignee".
 */
export interface InitiatorAssignee {
  /**
   * Which assignee rule this is.
   */
  type: 'initiator';
}
/**
 * The initiator picks the assignee when submitting (发起人自选).
 *
 * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
 * via the `definition` "InitiatorSelectsAssignee".
 */
export interface InitiatorSelectsAssignee {
  /**
   * Which assignee rule this is.
   */
  type: 'initiator-selects';
  /**
   * Whether several users may be picked.
   */
  multiple?: boolean;
  /**
   * Limit the choice to members of these roles; omit to allow anyone.
   *
   * @maxItems 50
   */
  among?: string[];
}
/**
 * The approver of the previous step picks who approves this one.
 *
 * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
 * via the `definition` "PreviousApproverSelectsAssignee".
 */
export interface PreviousApproverSelectsAssignee {
  /**
   * Which assignee rule this is.
   */
  type: 'previous-approver-selects';
  /**
   * Whether several users may be picked.
   */
  multiple?: boolean;
  /**
   * Limit the choice to members of these roles; omit to allow anyone.
   *
   * @maxItems 50
   */
  among?: string[];
}
/**
 * Per form field, what this step may do with it: "read", "edit" or "hidden" (not sent to the user at all). Fields not listed are read-only.
 *
 * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
 * via the `definition` "FieldPermissions".
 */
export interface FieldPermissions {
  /**
   * The permission.
   */
  [k: string]: 'read' | 'edit' | 'hidden';
}
/**
 * What differs between environments (dev, staging, production) for the same definitions: literal users, the roles, departments, record types and workflows that exist there, variable values such as thresholds, HTTP automation and webhook URLs, and the names of the secrets the server must hold. Definitions stay the same in git; `baton validate --env` checks that every reference resolves in the environment, and applyEnvironment installs a definition there. Secrets are named, never written.
 */
export interface BatonEnvironmentMapping {
  /**
   * Path or URL of this schema, for editor autocompletion.
   */
  $schema?: string;
  /**
   * A stable, human-readable key: lower case letters, digits and hyphens, starting with a letter. Never a database id.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "Key".
   */
  name: string;
  description?: I18NLongText;
  /**
   * Literal user ids written in definitions (users assignees, admins, starters, notification recipients), mapped to this environment's user ids. Users not listed keep their id, and must then exist in the environment's org directory.
   */
  users?: {
    /**
     * A user reference: the user's stable login key in the org directory (portable between environments through a mapping file).
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "UserId".
     */
    [k: string]: string;
  };
  /**
   * The roles that exist in this environment (definitions refer to roles by key).
   *
   * @maxItems 1000
   */
  roles?: string[];
  /**
   * The departments that exist in this environment, by key.
   *
   * @maxItems 10000
   */
  departments?: string[];
  /**
   * The record types installed in this environment (besides those in the files validated together).
   *
   * @maxItems 1000
   */
  recordTypes?: string[];
  /**
   * Workflow keys installed in this environment that definitions may start as subflows (besides those in the files validated together).
   *
   * @maxItems 10000
   */
  workflows?: string[];
  /**
   * Variable values in this environment, by variable name, for every definition that declares the variable (such as approval thresholds). Names a definition does not declare are ignored for it.
   */
  variables?: {
    /**
     * The value; it must have the variable's declared type.
     */
    [k: string]: unknown;
  };
  /**
   * HTTP automation URLs in this environment, by node id, for every definition with an HTTP automation of that id.
   */
  urls?: {
    /**
     * An http or https URL, without credentials (secrets are named in `secrets`, never written in a URL).
     *
     * This interface was referenced by `BatonEnvironmentMapping`'s JSON-Schema
     * via the `definition` "Url".
     */
    [k: string]: string;
  };
  /**
   * Per-workflow values, by workflow key; they win over `variables` and `urls`. Unlike those, each name here must exist in that workflow.
   */
  overrides?: {
    /**
     * The values for one workflow.
     */
    [k: string]: {
      /**
       * Variable values by name: each must be declared by the workflow.
       */
      variables?: {
        /**
         * The value; it must have the variable's declared type.
         */
        [k: string]: unknown;
      };
      /**
       * HTTP automation URLs by node id: each must be an HTTP automation of the workflow.
       */
      urls?: {
        /**
         * An http or https URL, without credentials (secrets are named in `secrets`, never written in a URL).
         *
         * This interface was referenced by `BatonEnvironmentMapping`'s JSON-Schema
         * via the `definition` "Url".
         */
        [k: string]: string;
      };
    };
  };
  /**
   * Outbound webhook endpoints of this environment, by subscription name (the server sends Standard Webhooks to them).
   */
  webhooks?: {
    /**
     * An http or https URL, without credentials (secrets are named in `secrets`, never written in a URL).
     *
     * This interface was referenced by `BatonEnvironmentMapping`'s JSON-Schema
     * via the `definition` "Url".
     */
    [k: string]: string;
  };
  /**
   * The names of the server-side secrets this environment must have (HTTP automations name them in `secret`). Names only: values never go in files.
   *
   * @maxItems 1000
   */
  secrets?: string[];
}
/**
 * The form a request carries: the fields a requester fills in and approvers see. It compiles to a JSON Schema for the request data.
 */
export interface BatonForm {
  /**
   * The fields, in display order.
   *
   * @maxItems 300
   */
  fields: Field[];
}
/**
 * A single line of text.
 *
 * This interface was referenced by `BatonForm`'s JSON-Schema
 * via the `definition` "TextField".
 */
export interface TextField {
  /**
   * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "FieldKey".
   */
  key: string;
  /**
   * The field type.
   */
  type: 'text';
  label: I18NText;
  help?: I18NLongText;
  placeholder?: I18NText;
  /**
   * Whether a value must be given to submit.
   */
  required?: boolean;
  /**
   * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "CelExpression".
   */
  visibleWhen?: string;
  /**
   * Fewest characters.
   */
  minLength?: number;
  /**
   * Most characters.
   */
  maxLength?: number;
  /**
   * The initial value.
   */
  default?: string;
  /**
   * A regular expression the value must match (ECMAScript syntax).
   */
  pattern?: string;
  /**
   * A built-in format check.
   */
  format?: 'email' | 'phone' | 'url';
}
/**
 * Several lines of text.
 *
 * This interface was referenced by `BatonForm`'s JSON-Schema
 * via the `definition` "TextareaField".
 */
export interface TextareaField {
  /**
   * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "FieldKey".
   */
  key: string;
  /**
   * The field type.
   */
  type: 'textarea';
  label: I18NText;
  help?: I18NLongText;
  placeholder?: I18NText;
  /**
   * Whether a value must be given to submit.
   */
  required?: boolean;
  /**
   * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "CelExpression".
   */
  visibleWhen?: string;
  /**
   * Fewest characters.
   */
  minLength?: number;
  /**
   * Most characters.
   */
  maxLength?: number;
  /**
   * The initial value.
   */
  default?: string;
}
/**
 * A number.
 *
 * This interface was referenced by `BatonForm`'s JSON-Schema
 * via the `definition` "NumberField".
 */
export interface NumberField {
  /**
   * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "FieldKey".
   */
  key: string;
  /**
   * The field type.
   */
  type: 'number';
  label: I18NText;
  help?: I18NLongText;
  placeholder?: I18NText;
  /**
   * Whether a value must be given to submit.
   */
  required?: boolean;
  /**
   * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "CelExpression".
   */
  visibleWhen?: string;
  /**
   * Smallest value.
   */
  minimum?: number;
  /**
   * Largest value.
   */
  maximum?: number;
  /**
   * Whole numbers only.
   */
  integer?: boolean;
  /**
   * Decimal places shown and kept.
   */
  precision?: number;
  unit?: I18NText;
  /**
   * The initial value.
   */
  default?: number;
}
/**
 * An amount of money.
 *
 * This interface was referenced by `BatonForm`'s JSON-Schema
 * via the `definition` "MoneyField".
 */
export interface MoneyField {
  /**
   * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "FieldKey".
   */
  key: string;
  /**
   * The field type.
   */
  type: 'money';
  label: I18NText;
  help?: I18NLongText;
  placeholder?: I18NText;
  /**
   * Whether a value must be given to submit.
   */
  required?: boolean;
  /**
   * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "CelExpression".
   */
  visibleWhen?: string;
  /**
   * ISO 4217 currency code.
   */
  currency?: string;
  /**
   * Smallest amount.
   */
  minimum?: number;
  /**
   * Largest amount.
   */
  maximum?: number;
  /**
   * Decimal places kept.
   */
  precision?: number;
  /**
   * The initial amount.
   */
  default?: number;
}
/**
 * A yes / no switch.
 *
 * This interface was referenced by `BatonForm`'s JSON-Schema
 * via the `definition` "BooleanField".
 */
export interface BooleanField {
  /**
   * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "FieldKey".
   */
  key: string;
  /**
   * The field type.
   */
  type: 'boolean';
  label: I18NText;
  help?: I18NLongText;
  placeholder?: I18NText;
  /**
   * Whether a value must be given to submit.
   */
  required?: boolean;
  /**
   * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "CelExpression".
   */
  visibleWhen?: string;
  /**
   * The initial value.
   */
  default?: boolean;
}
/**
 * A calendar date (YYYY-MM-DD).
 *
 * This interface was referenced by `BatonForm`'s JSON-Schema
 * via the `definition` "DateField".
 */
export interface DateField {
  /**
   * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "FieldKey".
   */
  key: string;
  /**
   * The field type.
   */
  type: 'date';
  label: I18NText;
  help?: I18NLongText;
  placeholder?: I18NText;
  /**
   * Whether a value must be given to submit.
   */
  required?: boolean;
  /**
   * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "CelExpression".
   */
  visibleWhen?: string;
  /**
   * Earliest date (YYYY-MM-DD).
   */
  minimum?: string;
  /**
   * Latest date (YYYY-MM-DD).
   */
  maximum?: string;
  /**
   * Also ask for the time of day; the value is then an RFC 3339 date-time.
   */
  withTime?: boolean;
}
/**
 * A start and end date; the value is {"start": date, "end": date}.
 *
 * This interface was referenced by `BatonForm`'s JSON-Schema
 * via the `definition` "DateRangeField".
 */
export interface DateRangeField {
  /**
   * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "FieldKey".
   */
  key: string;
  /**
   * The field type.
   */
  type: 'date-range';
  label: I18NText;
  help?: I18NLongText;
  placeholder?: I18NText;
  /**
   * Whether a value must be given to submit.
   */
  required?: boolean;
  /**
   * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "CelExpression".
   */
  visibleWhen?: string;
  /**
   * Also ask for the time of day.
   */
  withTime?: boolean;
}
/**
 * One choice from a list.
 *
 * This interface was referenced by `BatonForm`'s JSON-Schema
 * via the `definition` "SelectField".
 */
export interface SelectField {
  /**
   * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "FieldKey".
   */
  key: string;
  /**
   * The field type.
   */
  type: 'select';
  label: I18NText;
  help?: I18NLongText;
  placeholder?: I18NText;
  /**
   * Whether a value must be given to submit.
   */
  required?: boolean;
  /**
   * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "CelExpression".
   */
  visibleWhen?: string;
  /**
   * The choices.
   *
   * @minItems 1
   * @maxItems 500
   */
  options: {
    /**
     * The stored value.
     */
    value: string;
    label: I18NText;
  }[];
  /**
   * The initially selected value.
   */
  default?: string;
}
/**
 * Several choices from a list.
 *
 * This interface was referenced by `BatonForm`'s JSON-Schema
 * via the `definition` "MultiSelectField".
 */
export interface MultiSelectField {
  /**
   * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "FieldKey".
   */
  key: string;
  /**
   * The field type.
   */
  type: 'multi-select';
  label: I18NText;
  help?: I18NLongText;
  placeholder?: I18NText;
  /**
   * Whether a value must be given to submit.
   */
  required?: boolean;
  /**
   * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "CelExpression".
   */
  visibleWhen?: string;
  /**
   * The choices.
   *
   * @minItems 1
   * @maxItems 500
   */
  options: {
    /**
     * The stored value.
     */
    value: string;
    label: I18NText;
  }[];
  /**
   * Fewest choices.
   */
  minItems?: number;
  /**
   * Most choices.
   */
  maxItems?: number;
  /**
   * The initially selected values.
   */
  default?: string[];
}
/**
 * A person from the org directory (the value is the user key, or a list with `multiple`).
 *
 * This interface was referenced by `BatonForm`'s JSON-Schema
 * via the `definition` "UserField".
 */
export interface UserField {
  /**
   * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "FieldKey".
   */
  key: string;
  /**
   * The field type.
   */
  type: 'user';
  label: I18NText;
  help?: I18NLongText;
  placeholder?: I18NText;
  /**
   * Whether a value must be given to submit.
   */
  required?: boolean;
  /**
   * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "CelExpression".
   */
  visibleWhen?: string;
  /**
   * Allow several users.
   */
  multiple?: boolean;
}
/**
 * A department from the org directory (the value is the department key, or a list with `multiple`).
 *
 * This interface was referenced by `BatonForm`'s JSON-Schema
 * via the `definition` "DepartmentField".
 */
export interface DepartmentField {
  /**
   * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "FieldKey".
   */
  key: string;
  /**
   * The field type.
   */
  type: 'department';
  label: I18NText;
  help?: I18NLongText;
  placeholder?: I18NText;
  /**
   * Whether a value must be given to submit.
   */
  required?: boolean;
  /**
   * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "CelExpression".
   */
  visibleWhen?: string;
  /**
   * Allow several departments.
   */
  multiple?: boolean;
}
/**
 * A link to a CRM record such as a customer or an order (the value is the record id).
 *
 * This interface was referenced by `BatonForm`'s JSON-Schema
 * via the `definition` "RecordLinkField".
 */
export interface RecordLinkField {
  /**
   * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "FieldKey".
   */
  key: string;
  /**
   * The field type.
   */
  type: 'record-link';
  label: I18NText;
  help?: I18NLongText;
  placeholder?: I18NText;
  /**
   * Whether a value must be given to submit.
   */
  required?: boolean;
  /**
   * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "CelExpression".
   */
  visibleWhen?: string;
  /**
   * A stable, human-readable key: lower case letters, digits and hyphens, starting with a letter. Never a database id.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "Key".
   */
  recordType: string;
  /**
   * Allow several records.
   */
  multiple?: boolean;
}
/**
 * Uploaded files (the value is a list of file references kept by the server).
 *
 * This interface was referenced by `BatonForm`'s JSON-Schema
 * via the `definition` "AttachmentField".
 */
export interface AttachmentField {
  /**
   * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "FieldKey".
   */
  key: string;
  /**
   * The field type.
   */
  type: 'attachment';
  label: I18NText;
  help?: I18NLongText;
  placeholder?: I18NText;
  /**
   * Whether a value must be given to submit.
   */
  required?: boolean;
  /**
   * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "CelExpression".
   */
  visibleWhen?: string;
  /**
   * Most files.
   */
  maxFiles?: number;
  /**
   * Largest size of one file, in MB.
   */
  maxSizeMB?: number;
  /**
   * Allowed file extensions or MIME types, such as ".pdf" or "image/*".
   *
   * @maxItems 50
   */
  accept?: string[];
}
/**
 * A table of rows (明细), such as order lines; each row has the columns below. The value is a list of row objects.
 *
 * This interface was referenced by `BatonForm`'s JSON-Schema
 * via the `definition` "DetailTableField".
 */
export interface DetailTableField {
  /**
   * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "FieldKey".
   */
  key: string;
  /**
   * The field type.
   */
  type: 'detail-table';
  label: I18NText;
  help?: I18NLongText;
  placeholder?: I18NText;
  /**
   * Whether a value must be given to submit.
   */
  required?: boolean;
  /**
   * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "CelExpression".
   */
  visibleWhen?: string;
  /**
   * The columns of each row. Tables cannot be nested.
   *
   * @minItems 1
   * @maxItems 50
   */
  columns: ColumnField[];
  /**
   * Fewest rows.
   */
  minRows?: number;
  /**
   * Most rows.
   */
  maxRows?: number;
}
/**
 * A computed value (read-only): a CEL expression over other fields, recomputed as the form changes and on the server.
 *
 * This interface was referenced by `BatonForm`'s JSON-Schema
 * via the `definition` "FormulaField".
 */
export interface FormulaField {
  /**
   * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "FieldKey".
   */
  key: string;
  /**
   * The field type.
   */
  type: 'formula';
  label: I18NText;
  help?: I18NLongText;
  placeholder?: I18NText;
  /**
   * Whether a value must be given to submit.
   */
  required?: boolean;
  /**
   * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "CelExpression".
   */
  visibleWhen?: string;
  /**
   * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "CelExpression".
   */
  expression: string;
  /**
   * The type of the result.
   */
  resultType?: 'number' | 'money' | 'text' | 'boolean';
  /**
   * Decimal places kept for a number or money result.
   */
  precision?: number;
}
/**
 * An org directory: users, departments (a tree with heads) and roles. Used by scenarios, simulation and import.
 */
export interface BatonOrgDirectory {
  /**
   * Path or URL of this schema, for editor autocompletion.
   */
  $schema?: string;
  /**
   * The people.
   *
   * @maxItems 100000
   */
  users: {
    /**
     * A user reference: the user's stable login key in the org directory (portable between environments through a mapping file).
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "UserId".
     */
    id: string;
    /**
     * Display name.
     */
    name: string;
    /**
     * Email address.
     */
    email?: string;
    /**
     * A stable, human-readable key: lower case letters, digits and hyphens, starting with a letter. Never a database id.
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "Key".
     */
    department?: string;
    /**
     * A user reference: the user's stable login key in the org directory (portable between environments through a mapping file).
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "UserId".
     */
    manager?: string;
    /**
     * Their roles.
     */
    roles?: string[];
    /**
     * Inactive users get no tasks.
     */
    active?: boolean;
    /**
     * Out-of-office rules.
     *
     * @maxItems 20
     */
    outOfOffice?: {
      /**
       * Start (RFC 3339).
       */
      from: string;
      /**
       * End (RFC 3339).
       */
      to: string;
      /**
       * A user reference: the user's stable login key in the org directory (portable between environments through a mapping file).
       *
       * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
       * via the `definition` "UserId".
       */
      delegate: string;
    }[];
  }[];
  /**
   * The departments, a tree.
   *
   * @maxItems 10000
   */
  departments?: {
    /**
     * A stable, human-readable key: lower case letters, digits and hyphens, starting with a letter. Never a database id.
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "Key".
     */
    id: string;
    /**
     * Display name.
     */
    name: string;
    /**
     * A stable, human-readable key: lower case letters, digits and hyphens, starting with a letter. Never a database id.
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "Key".
     */
    parent?: string;
    /**
     * A user reference: the user's stable login key in the org directory (portable between environments through a mapping file).
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "UserId".
     */
    head?: string;
  }[];
  /**
   * The roles.
   *
   * @maxItems 1000
   */
  roles?: {
    /**
     * A stable, human-readable key: lower case letters, digits and hyphens, starting with a letter. Never a database id.
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "Key".
     */
    id: string;
    /**
     * Display name.
     */
    name?: string;
  }[];
}
/**
 * A CRM record type (a collection) such as customer, order or contract: its fields, who may see and edit records, and the triggers that start flows.
 */
export interface BatonRecordType {
  /**
   * Path or URL of this schema, for editor autocompletion.
   */
  $schema?: string;
  /**
   * A stable, human-readable key: lower case letters, digits and hyphens, starting with a letter. Never a database id.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "Key".
   */
  key: string;
  name: I18NText;
  pluralName?: I18NText;
  /**
   * The fields of a record (same field types as forms).
   *
   * @minItems 1
   * @maxItems 300
   */
  fields: Field[];
  /**
   * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "FieldKey".
   */
  titleField: string;
  /**
   * Record-level rules: who sees and edits a record, beyond admins.
   */
  access?: {
    /**
     * "owner": only the owner (and their managers); "department": the owner's department; "everyone".
     */
    read?: 'owner' | 'department' | 'everyone';
    /**
     * Who may edit, same choices as read.
     */
    edit?: 'owner' | 'department' | 'everyone';
    /**
     * Org roles whose members read every record of this type, whoever owns it (such as finance or sales-ops).
     *
     * @maxItems 50
     */
    readRoles?: string[];
    /**
     * Org roles whose members read and edit every record of this type.
     *
     * @maxItems 50
     */
    editRoles?: string[];
  };
  /**
   * Record events that start a workflow.
   *
   * @maxItems 50
   */
  triggers?: {
    /**
     * The event.
     */
    on: 'create' | 'update' | 'field-change' | 'schedule';
    /**
     * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "FieldKey".
     */
    field?: string;
    /**
     * For "schedule": a cron expression (5 or 6 fields).
     */
    cron?: string;
    /**
     * For "schedule": the IANA time zone the cron expression is read in (e.g. "Asia/Shanghai", "Europe/Berlin", "UTC"). When absent, the server's schedule time zone option (default Asia/Shanghai) applies; never the process's TZ.
     */
    timezone?: string;
    /**
     * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "CelExpression".
     */
    condition?: string;
    /**
     * A stable, human-readable key: lower case letters, digits and hyphens, starting with a letter. Never a database id.
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "Key".
     */
    start: string;
  }[];
}
/**
 * A test case for a workflow: given an org, an initiator, form data and decisions, the expected path, assignees and outcome. `baton test` runs them.
 */
export interface BatonScenario {
  /**
   * Path or URL of this schema, for editor autocompletion.
   */
  $schema?: string;
  /**
   * What the scenario shows, in one line.
   */
  name: string;
  /**
   * More detail.
   */
  description?: string;
  /**
   * The workflow file, relative to the scenario (default: the template's workflow).
   */
  workflow?: string;
  /**
   * Template parameter values to install with before running.
   */
  parameters?: {};
  /**
   * The org: inline, or a path to an org file relative to the scenario.
   */
  org: BatonOrgDirectory | string;
  /**
   * A user reference: the user's stable login key in the org directory (portable between environments through a mapping file).
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "UserId".
   */
  initiator: string;
  /**
   * The form data submitted.
   */
  data: {};
  /**
   * Assignees picked at submit for "initiator-selects" rules, by node id.
   */
  selections?: {
    [k: string]: string[];
  };
  /**
   * The record the request is about.
   */
  record?: {
    /**
     * The record id.
     */
    id: string;
    /**
     * A user reference: the user's stable login key in the org directory (portable between environments through a mapping file).
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "UserId".
     */
    owner?: string;
    /**
     * The record's current values.
     */
    values?: {};
  };
  /**
   * For change-set flows: the proposed new values.
   */
  patch?: {};
  /**
   * When the request starts (RFC 3339); default 2026-01-05T09:00:00Z.
   */
  start?: string;
  /**
   * What happens after submitting, in order.
   *
   * @maxItems 500
   */
  steps?: (
    | {
        /**
         * A user reference: the user's stable login key in the org directory (portable between environments through a mapping file).
         *
         * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
         * via the `definition` "UserId".
         */
        as: string;
        /**
         * The command.
         */
        do:
          | 'approve'
          | 'reject'
          | 'return'
          | 'complete'
          | 'transfer'
          | 'delegate'
          | 'add-signer'
          | 'remove-signer'
          | 'withdraw'
          | 'resubmit'
          | 'take-back'
          | 'urge'
          | 'comment'
          | 'cc'
          | 'terminate'
          | 'edit';
        /**
         * The id of a node: stable across versions so diffs, analytics and tests can key on it. Letters, digits, "_" and "-", starting with a letter.
         *
         * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
         * via the `definition` "NodeId".
         */
        node?: string;
        /**
         * The target: a user (transfer, delegate) or a node (return).
         */
        to?: string;
        /**
         * Users added or removed (add-signer, remove-signer, cc).
         */
        users?: string[];
        /**
         * For add-signer: before, after or in parallel with the current signer.
         */
        position?: 'before' | 'after' | 'parallel';
        /**
         * A comment.
         */
        comment?: string;
        /**
         * Field values edited by this action (approver edits, resubmit).
         */
        data?: {};
        /**
         * The refusal code this action must get (the scenario fails if it is accepted).
         */
        expect?: string;
      }
    | {
        /**
         * An ISO-8601 duration such as "PT4H" (4 hours), "P2D" (2 days) or "P1W" (1 week).
         *
         * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
         * via the `definition` "Duration".
         */
        wait: string;
      }
    | {
        /**
         * The id of a node: stable across versions so diffs, analytics and tests can key on it. Letters, digits, "_" and "-", starting with a letter.
         *
         * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
         * via the `definition` "NodeId".
         */
        automation: string;
        /**
         * Its result (for HTTP, the JSON response).
         */
        result?: unknown;
        /**
         * Whether it succeeded.
         */
        ok?: boolean;
      }
  )[];
  /**
   * What must be true at the end.
   */
  expect: {
    /**
     * The nodes entered, in order (start first).
     */
    path?: string[];
    /**
     * Users assigned at each node (all tasks ever created there, in order).
     */
    assignees?: {
      [k: string]: string[];
    };
    /**
     * The request status.
     */
    status: 'running' | 'returned' | 'approved' | 'rejected' | 'withdrawn' | 'terminated' | 'completed';
    /**
     * The outcome recorded by the end node reached.
     */
    outcome?: 'approved' | 'rejected' | 'completed';
    /**
     * Effect types that must have been emitted (such as "apply-patch", "http", "email").
     */
    effects?: string[];
    /**
     * Effect types that must not have been emitted.
     */
    noEffects?: string[];
  };
}
/**
 * template.json: a gallery entry. It names the workflow and record types it installs and the parameters an installer answers; each parameter is bound to JSON Pointers in the workflow (never pasted into expressions).
 */
export interface BatonTemplateManifest {
  /**
   * Path or URL of this schema, for editor autocompletion.
   */
  $schema?: string;
  /**
   * A stable, human-readable key: lower case letters, digits and hyphens, starting with a letter. Never a database id.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "Key".
   */
  key: string;
  /**
   * A semantic version.
   */
  version: string;
  name: I18NText;
  description: I18NLongText;
  /**
   * The gallery category.
   */
  category: 'sales' | 'service' | 'marketing' | 'finance' | 'hr' | 'operations' | 'data';
  /**
   * Search tags.
   *
   * @maxItems 20
   */
  tags?: string[];
  /**
   * The workflow file, relative to the template folder.
   */
  workflow: string;
  /**
   * Record type files the workflow needs, relative to the template folder.
   *
   * @maxItems 20
   */
  recordTypes?: string[];
  /**
   * The installer's questions, as a JSON Schema object.
   */
  parameters?: {
    /**
     * Always "object".
     */
    type: 'object';
    /**
     * One entry per parameter.
     */
    properties: {
      /**
       * One parameter: a small JSON Schema for its value, plus how installers should ask for it.
       */
      [k: string]: {
        /**
         * The JSON type of the value.
         */
        type: 'string' | 'number' | 'integer' | 'boolean' | 'array';
        title: I18NText;
        description?: I18NLongText;
        /**
         * What the value names, so installers show the right picker: a role, a user, a department, an amount, a duration, or plain text / number.
         */
        kind?: 'role' | 'user' | 'department' | 'amount' | 'duration' | 'text' | 'number' | 'users';
        /**
         * The value used when the installer gives none.
         */
        default?: unknown;
        /**
         * The allowed values.
         *
         * @minItems 1
         */
        enum?: unknown[];
        /**
         * Smallest number.
         */
        minimum?: number;
        /**
         * Largest number.
         */
        maximum?: number;
        /**
         * A regular expression a string must match.
         */
        pattern?: string;
        /**
         * Most characters.
         */
        maxLength?: number;
        /**
         * For arrays: the item type.
         */
        items?: {
          /**
           * Item type.
           */
          type: 'string' | 'number';
        };
      };
    };
    /**
     * Parameters without a default that must be answered.
     */
    required?: string[];
  };
  /**
   * Where each parameter goes: JSON Pointers into the workflow file.
   *
   * @maxItems 200
   */
  bindings?: {
    /**
     * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "FieldKey".
     */
    parameter: string;
    /**
     * A JSON Pointer into the workflow, such as "/variables/threshold/value" or "/nodes/3/assignees/0/role".
     */
    pointer: string;
  }[];
}
/**
 * One workflow: its form, its nodes and edges (the logic), its settings, and its canvas layout (kept apart from the logic).
 */
export interface BatonWorkflowDefinition {
  /**
   * Path or URL of this schema, for editor autocompletion.
   */
  $schema?: string;
  /**
   * A stable, human-readable key: lower case letters, digits and hyphens, starting with a letter. Never a database id.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "Key".
   */
  key: string;
  name: I18NText;
  description?: I18NLongText;
  /**
   * The gallery and list category.
   */
  category?: 'sales' | 'service' | 'marketing' | 'finance' | 'hr' | 'operations' | 'data';
  /**
   * Free tags for search.
   *
   * @maxItems 20
   */
  tags?: string[];
  /**
   * Where this flow is maintained. "git": the file in a repository is the source, pushed with `baton push`; the studio shows the flow read-only and refuses draft saves (copy it to a new key to experiment).
   */
  managedBy?: 'git';
  /**
   * The gallery template this flow was installed from.
   */
  template?: {
    /**
     * A stable, human-readable key: lower case letters, digits and hyphens, starting with a letter. Never a database id.
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "Key".
     */
    key: string;
    /**
     * The template version (semver).
     */
    version: string;
  };
  form: BatonForm;
  /**
   * Declared variables: constants a flow is tuned with (thresholds, bound to template parameters) and values automations store. Conditions read them as `vars.<name>`.
   */
  variables?: {
    /**
     * One variable.
     */
    [k: string]: {
      /**
       * Its type.
       */
      type: 'number' | 'string' | 'boolean' | 'list' | 'map';
      /**
       * Its value (a constant), or the initial value.
       */
      value?: unknown;
      description?: I18NText;
    };
  };
  /**
   * The CRM record a request is about. With `changeSet`, the request carries a proposed patch to the record, applied only when the flow is approved.
   */
  record?: {
    /**
     * A stable, human-readable key: lower case letters, digits and hyphens, starting with a letter. Never a database id.
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "Key".
     */
    type: string;
    /**
     * This is a change request: the request proposes new values for these record fields; they are locked while it is pending.
     */
    changeSet?: {
      /**
       * The record fields the request may change.
       *
       * @minItems 1
       * @maxItems 100
       */
      fields: string[];
    };
  };
  /**
   * The steps of the flow. Exactly one start node; at least one end node.
   *
   * @minItems 2
   * @maxItems 1000
   */
  nodes: Node[];
  /**
   * The connections between nodes. Edges leaving an exclusive or inclusive branch carry conditions.
   *
   * @minItems 1
   * @maxItems 2000
   */
  edges: Edge[];
  settings?: Settings;
  /**
   * Canvas positions by node id. Kept apart from the logic: moving a node changes nothing else, and diffs ignore it.
   */
  layout?: {
    /**
     * A node's position on the canvas.
     */
    [k: string]: {
      /**
       * Left, in canvas pixels.
       */
      x: number;
      /**
       * Top, in canvas pixels.
       */
      y: number;
    };
  };
}
/**
 * Where every request begins: the initiator fills in the form.
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "StartNode".
 */
export interface StartNode {
  /**
   * The id of a node: stable across versions so diffs, analytics and tests can key on it. Letters, digits, "_" and "-", starting with a letter.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "NodeId".
   */
  id: string;
  /**
   * The node type.
   */
  type: 'start';
  name?: I18NText;
  description?: I18NLongText;
  fieldPermissions?: FieldPermissions;
}
/**
 * An approval step (审批): its assignees approve or reject.
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "ApprovalNode".
 */
export interface ApprovalNode {
  /**
   * The id of a node: stable across versions so diffs, analytics and tests can key on it. Letters, digits, "_" and "-", starting with a letter.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "NodeId".
   */
  id: string;
  /**
   * The node type.
   */
  type: 'approval';
  name?: I18NText;
  description?: I18NLongText;
  /**
   * Who gets the task. Rules are resolved in order and their users joined (after dedupe).
   *
   * @minItems 1
   * @maxItems 20
   */
  assignees: AssigneeRule[];
  /**
   * How several assignees decide: one after another (依次), all must approve (会签), any one decides (或签), or a vote by ratio (票签).
   */
  mode?: 'sequential' | 'all' | 'any' | 'vote';
  /**
   * For "vote": the share of approvals needed to pass, such as 0.6; the step is rejected as soon as passing is impossible.
   */
  passRatio?: number;
  /**
   * What happens when the assignee rules find nobody: approve automatically, send to the flow admins, or reject.
   */
  emptyAssignees?: 'auto-approve' | 'admin' | 'reject';
  /**
   * What happens when the initiator is among the assignees: approve their own step automatically, pass it to their direct manager, or require them to act like anyone else.
   */
  initiatorIsAssignee?: 'auto-approve' | 'skip-to-manager' | 'require';
  /**
   * Where a rejection leads (default: end the request as rejected).
   */
  onReject?: {
    /**
     * "end": the request is rejected; "previous": back to the previous step; "node": back to `node`; "initiator": back to the initiator to edit and resubmit.
     */
    to: 'end' | 'previous' | 'node' | 'initiator';
    /**
     * The id of a node: stable across versions so diffs, analytics and tests can key on it. Letters, digits, "_" and "-", starting with a letter.
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "NodeId".
     */
    node?: string;
  };
  /**
   * Timeouts on each task of this node.
   *
   * @maxItems 10
   */
  timeouts?: {
    /**
     * An ISO-8601 duration such as "PT4H" (4 hours), "P2D" (2 days) or "P1W" (1 week).
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "Duration".
     */
    after: string;
    /**
     * What to do: remind the assignee, approve or reject on their behalf, reassign to `to`, or escalate to the assignee's manager.
     */
    action: 'remind' | 'auto-approve' | 'auto-reject' | 'reassign' | 'escalate';
    /**
     * Repeat a reminder.
     */
    repeat?: {
      /**
       * An ISO-8601 duration such as "PT4H" (4 hours), "P2D" (2 days) or "P1W" (1 week).
       *
       * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
       * via the `definition` "Duration".
       */
      every: string;
      /**
       * Most repeats.
       */
      max: number;
    };
    /**
     * New assignees for "reassign".
     *
     * @minItems 1
     * @maxItems 20
     */
    to?: AssigneeRule[];
  }[];
  fieldPermissions?: FieldPermissions;
  /**
   * The buttons this node offers its assignees. Default: approve, reject, return, transfer, add-signer, comment.
   *
   * @maxItems 10
   */
  buttons?: (
    | 'approve'
    | 'reject'
    | 'return'
    | 'transfer'
    | 'delegate'
    | 'add-signer'
    | 'remove-signer'
    | 'comment'
    | 'cc'
    | 'take-back'
  )[];
  /**
   * Actions that require a comment.
   */
  commentRequired?: ('approve' | 'reject' | 'return')[];
}
/**
 * A handler task (办理): its assignees do something and mark it complete (no yes / no).
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "HandlerNode".
 */
export interface HandlerNode {
  /**
   * The id of a node: stable across versions so diffs, analytics and tests can key on it. Letters, digits, "_" and "-", starting with a letter.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "NodeId".
   */
  id: string;
  /**
   * The node type.
   */
  type: 'handler';
  name?: I18NText;
  description?: I18NLongText;
  /**
   * Who gets the task. Rules are resolved in order and their users joined (after dedupe).
   *
   * @minItems 1
   * @maxItems 20
   */
  assignees: AssigneeRule[];
  /**
   * How several assignees work: one after another, all must complete, or any one completes.
   */
  mode?: 'sequential' | 'all' | 'any';
  /**
   * What happens when the assignee rules find nobody: approve automatically, send to the flow admins, or reject.
   */
  emptyAssignees?: 'auto-approve' | 'admin' | 'reject';
  /**
   * What happens when the initiator is among the assignees: approve their own step automatically, pass it to their direct manager, or require them to act like anyone else.
   */
  initiatorIsAssignee?: 'auto-approve' | 'skip-to-manager' | 'require';
  /**
   * Timeouts on each task of this node.
   *
   * @maxItems 10
   */
  timeouts?: {
    /**
     * An ISO-8601 duration such as "PT4H" (4 hours), "P2D" (2 days) or "P1W" (1 week).
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "Duration".
     */
    after: string;
    /**
     * What to do: remind the assignee, approve or reject on their behalf, reassign to `to`, or escalate to the assignee's manager.
     */
    action: 'remind' | 'auto-approve' | 'auto-reject' | 'reassign' | 'escalate';
    /**
     * Repeat a reminder.
     */
    repeat?: {
      /**
       * An ISO-8601 duration such as "PT4H" (4 hours), "P2D" (2 days) or "P1W" (1 week).
       *
       * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
       * via the `definition` "Duration".
       */
      every: string;
      /**
       * Most repeats.
       */
      max: number;
    };
    /**
     * New assignees for "reassign".
     *
     * @minItems 1
     * @maxItems 20
     */
    to?: AssigneeRule[];
  }[];
  fieldPermissions?: FieldPermissions;
  /**
   * The buttons this node offers its assignees. Default: complete, return, transfer, comment.
   *
   * @maxItems 9
   */
  buttons?: (
    'complete' | 'return' | 'transfer' | 'delegate' | 'add-signer' | 'remove-signer' | 'comment' | 'cc' | 'take-back'
  )[];
  /**
   * Actions that require a comment.
   */
  commentRequired?: ('complete' | 'return')[];
}
/**
 * Copy (抄送): the recipients are notified and can read the request; the flow does not wait.
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "CcNode".
 */
export interface CcNode {
  /**
   * The id of a node: stable across versions so diffs, analytics and tests can key on it. Letters, digits, "_" and "-", starting with a letter.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "NodeId".
   */
  id: string;
  /**
   * The node type.
   */
  type: 'cc';
  name?: I18NText;
  description?: I18NLongText;
  /**
   * Who receives it.
   *
   * @minItems 1
   * @maxItems 20
   */
  assignees: AssigneeRule[];
  fieldPermissions?: FieldPermissions;
}
/**
 * An exclusive branch (条件分支): the first outgoing edge (by priority) whose condition holds is taken; otherwise the default edge.
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "ExclusiveNode".
 */
export interface ExclusiveNode {
  /**
   * The id of a node: stable across versions so diffs, analytics and tests can key on it. Letters, digits, "_" and "-", starting with a letter.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "NodeId".
   */
  id: string;
  /**
   * The node type.
   */
  type: 'exclusive';
  name?: I18NText;
  description?: I18NLongText;
}
/**
 * An inclusive branch (包容分支): every outgoing edge whose condition holds runs in parallel (the default edge when none does); a join waits for the branches taken.
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "InclusiveNode".
 */
export interface InclusiveNode {
  /**
   * The id of a node: stable across versions so diffs, analytics and tests can key on it. Letters, digits, "_" and "-", starting with a letter.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "NodeId".
   */
  id: string;
  /**
   * The node type.
   */
  type: 'inclusive';
  name?: I18NText;
  description?: I18NLongText;
}
/**
 * A parallel fork (并行分支): every outgoing edge runs at once.
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "ParallelNode".
 */
export interface ParallelNode {
  /**
   * The id of a node: stable across versions so diffs, analytics and tests can key on it. Letters, digits, "_" and "-", starting with a letter.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "NodeId".
   */
  id: string;
  /**
   * The node type.
   */
  type: 'parallel';
  name?: I18NText;
  description?: I18NLongText;
}
/**
 * A join (汇聚): waits for every branch of the matching parallel or inclusive fork that was taken.
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "JoinNode".
 */
export interface JoinNode {
  /**
   * The id of a node: stable across versions so diffs, analytics and tests can key on it. Letters, digits, "_" and "-", starting with a letter.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "NodeId".
   */
  id: string;
  /**
   * The node type.
   */
  type: 'join';
  name?: I18NText;
  description?: I18NLongText;
}
/**
 * An automatic step: updates or creates a record, calls an HTTP endpoint, sends an email or an in-app notice, or assigns an owner. It runs outside the engine and its result comes back before the flow goes on.
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "AutomationNode".
 */
export interface AutomationNode {
  /**
   * The id of a node: stable across versions so diffs, analytics and tests can key on it. Letters, digits, "_" and "-", starting with a letter.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "NodeId".
   */
  id: string;
  /**
   * The node type.
   */
  type: 'automation';
  name?: I18NText;
  description?: I18NLongText;
  action: AutomationAction;
  /**
   * When the automation fails for good (after retries): continue the flow, or terminate the request.
   */
  onFailure?: 'continue' | 'terminate';
}
/**
 * Update fields of the request's record.
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "UpdateRecordAction".
 */
export interface UpdateRecordAction {
  /**
   * The automation.
   */
  type: 'update-record';
  /**
   * New values, by record field.
   */
  set: {
    /**
     * Where a value comes from: a literal, a form field, or a CEL expression.
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "ValueSource".
     */
    [k: string]:
      | {
          /**
           * The value.
           */
          value: unknown;
        }
      | {
          /**
           * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
           *
           * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
           * via the `definition` "FieldKey".
           */
          field: string;
        }
      | {
          /**
           * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
           *
           * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
           * via the `definition` "CelExpression".
           */
          cel: string;
        };
  };
}
/**
 * Create a record.
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "CreateRecordAction".
 */
export interface CreateRecordAction {
  /**
   * The automation.
   */
  type: 'create-record';
  /**
   * A stable, human-readable key: lower case letters, digits and hyphens, starting with a letter. Never a database id.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "Key".
   */
  recordType: string;
  /**
   * Its values, by record field.
   */
  values: {
    /**
     * Where a value comes from: a literal, a form field, or a CEL expression.
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "ValueSource".
     */
    [k: string]:
      | {
          /**
           * The value.
           */
          value: unknown;
        }
      | {
          /**
           * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
           *
           * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
           * via the `definition` "FieldKey".
           */
          field: string;
        }
      | {
          /**
           * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
           *
           * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
           * via the `definition` "CelExpression".
           */
          cel: string;
        };
  };
  /**
   * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "FieldKey".
   */
  saveAs?: string;
}
/**
 * Call an HTTP endpoint (outbound calls are guarded against private and loopback addresses).
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "HttpAction".
 */
export interface HttpAction {
  /**
   * The automation.
   */
  type: 'http';
  /**
   * The HTTP method.
   */
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /**
   * The URL (https or http). Environment mapping files may replace it per environment.
   */
  url: string;
  /**
   * Extra request headers (no secrets: use `secret`).
   */
  headers?: {
    [k: string]: string;
  };
  /**
   * A stable, human-readable key: lower case letters, digits and hyphens, starting with a letter. Never a database id.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "Key".
   */
  secret?: string;
  /**
   * A JSON body, property by property.
   */
  body?: {
    /**
     * Where a value comes from: a literal, a form field, or a CEL expression.
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "ValueSource".
     */
    [k: string]:
      | {
          /**
           * The value.
           */
          value: unknown;
        }
      | {
          /**
           * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
           *
           * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
           * via the `definition` "FieldKey".
           */
          field: string;
        }
      | {
          /**
           * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
           *
           * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
           * via the `definition` "CelExpression".
           */
          cel: string;
        };
  };
  /**
   * An ISO-8601 duration such as "PT4H" (4 hours), "P2D" (2 days) or "P1W" (1 week).
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "Duration".
   */
  timeout?: string;
  /**
   * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "FieldKey".
   */
  saveAs?: string;
}
/**
 * Send an email.
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "EmailAction".
 */
export interface EmailAction {
  /**
   * The automation.
   */
  type: 'email';
  /**
   * Who receives it.
   *
   * @minItems 1
   * @maxItems 20
   */
  to: AssigneeRule[];
  subject: I18NText;
  body: I18NLongText;
}
/**
 * Send an in-app notification.
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "NotifyAction".
 */
export interface NotifyAction {
  /**
   * The automation.
   */
  type: 'notify';
  /**
   * Who receives it.
   *
   * @minItems 1
   * @maxItems 20
   */
  to: AssigneeRule[];
  message: I18NText;
}
/**
 * Assign the record's owner from a pool, in turn (round robin).
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "AssignOwnerAction".
 */
export interface AssignOwnerAction {
  /**
   * The automation.
   */
  type: 'assign-owner';
  /**
   * How to pick.
   */
  strategy?: 'round-robin';
  /**
   * The candidates.
   *
   * @minItems 1
   * @maxItems 20
   */
  pool: AssigneeRule[];
  /**
   * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "FieldKey".
   */
  saveAs?: string;
}
/**
 * Starts another workflow as a child request and (by default) waits for its outcome.
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "SubflowNode".
 */
export interface SubflowNode {
  /**
   * The id of a node: stable across versions so diffs, analytics and tests can key on it. Letters, digits, "_" and "-", starting with a letter.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "NodeId".
   */
  id: string;
  /**
   * The node type.
   */
  type: 'subflow';
  name?: I18NText;
  description?: I18NLongText;
  /**
   * A stable, human-readable key: lower case letters, digits and hyphens, starting with a letter. Never a database id.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "Key".
   */
  flow: string;
  /**
   * The child's form data, field by field.
   */
  input?: {
    /**
     * Where a value comes from: a literal, a form field, or a CEL expression.
     *
     * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
     * via the `definition` "ValueSource".
     */
    [k: string]:
      | {
          /**
           * The value.
           */
          value: unknown;
        }
      | {
          /**
           * The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
           *
           * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
           * via the `definition` "FieldKey".
           */
          field: string;
        }
      | {
          /**
           * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
           *
           * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
           * via the `definition` "CelExpression".
           */
          cel: string;
        };
  };
  /**
   * Wait for the child to finish before going on.
   */
  wait?: boolean;
  /**
   * When the child is rejected, reject this request too.
   */
  rejectOnChildReject?: boolean;
}
/**
 * The end of a path, with the outcome it records.
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "EndNode".
 */
export interface EndNode {
  /**
   * The id of a node: stable across versions so diffs, analytics and tests can key on it. Letters, digits, "_" and "-", starting with a letter.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "NodeId".
   */
  id: string;
  /**
   * The node type.
   */
  type: 'end';
  name?: I18NText;
  description?: I18NLongText;
  /**
   * The outcome: "approved", "rejected" or "completed" (for flows that are not approvals).
   */
  outcome?: 'approved' | 'rejected' | 'completed';
}
/**
 * A connection from one node to another.
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "Edge".
 */
export interface Edge {
  /**
   * The id of a node: stable across versions so diffs, analytics and tests can key on it. Letters, digits, "_" and "-", starting with a letter.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "NodeId".
   */
  id?: string;
  /**
   * The id of a node: stable across versions so diffs, analytics and tests can key on it. Letters, digits, "_" and "-", starting with a letter.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "NodeId".
   */
  from: string;
  /**
   * The id of a node: stable across versions so diffs, analytics and tests can key on it. Letters, digits, "_" and "-", starting with a letter.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "NodeId".
   */
  to: string;
  label?: I18NText;
  /**
   * A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "CelExpression".
   */
  condition?: string;
  /**
   * Among the edges of one branch, lower numbers are tried first.
   */
  priority?: number;
  /**
   * The edge taken when no condition holds. One per branch.
   */
  default?: boolean;
}
/**
 * Flow-wide settings.
 *
 * This interface was referenced by `BatonWorkflowDefinition`'s JSON-Schema
 * via the `definition` "Settings".
 */
export interface Settings {
  /**
   * Who may start this flow (default: everyone).
   */
  starters?: {
    /**
     * Anyone in the org may start it.
     */
    everyone?: boolean;
    /**
     * Members of these roles.
     */
    roles?: string[];
    /**
     * Members of these departments (and their sub-departments).
     */
    departments?: string[];
    /**
     * These users.
     */
    users?: string[];
  };
  /**
   * Who handles steps whose assignees are empty (with "admin"), and may terminate requests.
   *
   * @maxItems 10
   */
  admins?: AssigneeRule[];
  /**
   * When the initiator may withdraw (撤回): never, before any approver acted, or until the request is finished.
   */
  withdraw?: 'never' | 'before-first-action' | 'until-done';
  /**
   * After a return to the initiator: resume at the step that returned it (earlier approvals stand), or restart from the first step.
   */
  resubmit?: 'resume' | 'restart';
  /**
   * Approver de-duplication: none; skip a person who already approved anywhere earlier; or skip only when they approved the step just before.
   */
  dedupe?: 'none' | 'first' | 'consecutive';
  /**
   * Default for steps that do not say: What happens when the assignee rules find nobody: approve automatically, send to the flow admins, or reject.
   */
  emptyAssignees?: 'auto-approve' | 'admin' | 'reject';
  /**
   * Default for steps that do not say: What happens when the initiator is among the assignees: approve their own step automatically, pass it to their direct manager, or require them to act like anyone else.
   */
  initiatorIsAssignee?: 'auto-approve' | 'skip-to-manager' | 'require';
  title?: I18NText;
  /**
   * An ISO-8601 duration such as "PT4H" (4 hours), "P2D" (2 days) or "P1W" (1 week).
   *
   * This interface was referenced by `BatonCommonDefinitions`'s JSON-Schema
   * via the `definition` "Duration".
   */
  urgeInterval?: string;
  /**
   * Archiving (归档) of finished requests.
   */
  archive?: {
    /**
     * Archive finished requests this many days after they finish.
     */
    afterDays?: number;
    /**
     * Purge archived requests this many days after archiving (omit to keep forever).
     */
    retentionDays?: number;
  };
  /**
   * Who is told what.
   */
  notifications?: {
    /**
     * Channels used for task and outcome notices.
     */
    channels?: ('in-app' | 'email')[];
    /**
     * Tell the initiator after every decision, not only at the end.
     */
    notifyInitiatorOnEachStep?: boolean;
  };
}
