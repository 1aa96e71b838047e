// English messages. Keys mirror zh-cn.ts; a test keeps the two in step.
export const en = {
  app: { name: 'Baton', studio: 'Studio', workspace: 'Workspace', language: 'Language', logout: 'Sign out' },
  state: { loading: 'Loading…', empty: 'Nothing here yet', error: 'Something went wrong', retry: 'Try again', offline: 'The server could not be reached.' },
  login: {
    title: 'Sign in to Baton', subtitle: 'Approval flows for your CRM', username: 'Username', password: 'Password',
    submit: 'Sign in', failed: 'Wrong username or password.', required: 'Enter your username and password.',
  },
  nav: { org: 'Organization', simulate: 'Simulate', versions: 'Versions', flows: 'Flows', designer: 'Flow designer', forms: 'Form designer', inbox: 'Inbox', start: 'Start a request' },
  flows: {
    recycleBin: 'Recycle bin', import: 'Import', importFailed: 'Import failed', imported: 'Imported', more: 'More', duplicate: 'Duplicate', duplicateKey: 'Key of the copy', export: 'Export', deactivate: 'Deactivate', activate: 'Activate', archive: 'Archive', unarchive: 'Unarchive', remove: 'Delete', restore: 'Restore', removeConfirm: 'Move “{name}” to the recycle bin?', done: 'Done', failed: 'Failed', impactTitle: 'Deactivate “{name}”', running: 'Running requests', pendingTasks: 'Pending tasks', atNode: 'At step', dependents: 'Flows that start it as a subflow', none: 'None', drain: 'Drain: running requests finish; no new ones start', cancel: 'Cancel: running requests are terminated and people are told', reason: 'Reason (shown to the people affected)', confirm: 'Deactivate', title: 'Flows', search: 'Search flows', create: 'New flow', open: 'Design', status: 'Status', updated: 'Updated', key: 'Key',
    name: 'Name', category: 'Category', emptyHint: 'Create your first approval flow, or install one from the gallery.',
    statuses: { draft: 'Draft', published: 'Published', deactivated: 'Deactivated', archived: 'Archived' },
  },
  designer: {
    palette: 'Nodes', groups: { people: 'People', branches: 'Branches', automatic: 'Automatic', bounds: 'Start & end' },
    undo: 'Undo', redo: 'Redo', layout: 'Auto-layout', fit: 'Fit', zoomIn: 'Zoom in', zoomOut: 'Zoom out', delete: 'Delete',
    copy: 'Copy', paste: 'Paste', save: 'Save draft', publish: 'Publish', saved: 'Draft saved', unsaved: 'Unsaved changes',
    insert: 'Insert a node here', properties: 'Properties', flow: 'Flow', noSelection: 'Select a node or a connection to edit it.',
    problems: 'Problems', noProblems: 'No problems: this flow can be published.', form: 'Form',
    conflictTitle: 'Someone else saved this flow', conflictBody: 'Your changes were not saved because another version was saved first. Reload theirs (your changes are lost) or overwrite it with yours.',
    reload: 'Reload theirs', overwrite: 'Overwrite with mine', publishTitle: 'Publish this flow?', publishBody: 'These changes will go live for new requests:',
    noChanges: 'No changes since the last published version.', published: 'Published', publishFailed: 'Publishing failed', saveFailed: 'Saving failed',
    fixFirst: 'Fix the errors first.', shortcuts: 'Shortcuts: Ctrl+Z undo, Ctrl+Shift+Z redo, Ctrl+C / Ctrl+V copy and paste, Delete removes, Ctrl+L auto-layout',
    nodeCount: '{n} nodes', notConnected: 'Not connected to the flow',
  },
  panel: {
    branches: 'Branches (click one to set its condition)', id: 'ID', name: 'Name', nameEn: 'Name (English)', nameZh: 'Name (中文)', assignees: 'Assignees', addAssignee: 'Add an assignee',
    mode: 'Approval mode', passRatio: 'Pass ratio', policies: 'Policies', timeouts: 'Timeouts', addTimeout: 'Add a timeout',
    permissions: 'Field permissions', buttons: 'Buttons', condition: 'Condition', priority: 'Priority', default: 'Default branch',
    defaultHelp: 'Taken when no other condition holds.', label: 'Label', advanced: 'CEL', builder: 'Rules', celOk: 'Type-checks: {type}',
    notRepresentable: 'This expression is beyond the rule builder; edit it as CEL.', addRule: 'Add a rule', addGroup: 'Add a group',
    all: 'All of', any: 'Any of', noFields: 'Add fields to the form to build conditions on them.', field: 'Field', operator: 'Operator', value: 'Value',
    from: 'From', to: 'To', remove: 'Remove', more: 'More settings', read: 'Read', edit: 'Edit', hidden: 'Hidden', none: 'No form fields yet.',
    inherit: 'As the flow settings say', after: 'After', action: 'Action', repeatEvery: 'Repeat every', repeatMax: 'At most', reassignTo: 'Reassign to',
  },
  assignee: {
    type: 'Rule', users: 'Users', role: 'Role', department: 'Department', level: 'Level', to: 'Up to', top: 'Top of the org', field: 'Form field',
    multiple: 'Several people', among: 'Among roles',
    kinds: {
      users: 'Named users', role: 'Role members', 'department-head': 'Department head', manager: 'Manager at level', 'manager-chain': 'Manager chain',
      'form-field': 'From a form field', 'record-owner': 'Record owner', initiator: 'Initiator', 'initiator-selects': 'Initiator selects',
      'previous-approver-selects': 'Previous approver selects',
    },
  },
  operators: {
    eq: 'equals', ne: 'is not', lt: 'less than', le: 'at most', gt: 'greater than', ge: 'at least', in: 'is one of', 'not-in': 'is none of',
    contains: 'contains', 'starts-with': 'starts with', 'ends-with': 'ends with', has: 'includes',
  },
  forms: {
    type: 'Field type', title: 'Form designer', palette: 'Fields', preview: 'Preview', properties: 'Field properties', noFields: 'Drag fields here from the left.',
    key: 'Key', labelEn: 'Label (English)', labelZh: 'Label (中文)', required: 'Required', help: 'Help text', minimum: 'Minimum', maximum: 'Maximum',
    minLength: 'Fewest characters', maxLength: 'Most characters', pattern: 'Pattern (regular expression)', options: 'Options', addOption: 'Add an option',
    default: 'Default', visibleWhen: 'Show when (CEL)', expression: 'Formula (CEL)', columns: 'Columns', addColumn: 'Add a column', submit: 'Submit',
    valid: 'The data is valid.', resultType: 'Result type',
    types: {
      text: 'Text', textarea: 'Paragraph', number: 'Number', money: 'Money', boolean: 'Yes / no', date: 'Date', 'date-range': 'Date range',
      select: 'Select', 'multi-select': 'Multi-select', user: 'User', department: 'Department', 'record-link': 'Record link', attachment: 'Attachment',
      'detail-table': 'Detail table (明细)', formula: 'Formula',
    },
  },
  kit: { required: 'Required', addRow: 'Add a row', removeRow: 'Remove', tooShort: 'At least {n} characters', tooLong: 'At most {n} characters', tooSmall: 'At least {n}', tooLarge: 'At most {n}', pattern: 'Does not match the expected format', invalid: 'Invalid value', fewRows: 'At least {n} rows', manyRows: 'At most {n} rows', fewItems: 'Choose at least {n}', manyItems: 'Choose at most {n}' },
  inbox: { title: 'Inbox', todo: 'To do', done: 'Done', cc: 'CC’d to me', mine: 'Started by me', empty: 'No requests here.', search: 'Search requests', request: 'Request', flow: 'Flow', status: 'Status', initiator: 'Initiator', created: 'Started', step: 'Step', statuses: { running: 'Running', returned: 'Returned', approved: 'Approved', rejected: 'Rejected', withdrawn: 'Withdrawn', terminated: 'Terminated', completed: 'Completed' } },
  start: { title: 'Start a request', pick: 'Choose a flow', submit: 'Submit request', submitted: 'Request submitted' },
  props: { name: "Name", description: "Description", assignees: "Assignees", mode: "Approval mode", passRatio: "Pass ratio", emptyAssignees: "When nobody is found", initiatorIsAssignee: "When the initiator is an assignee", onReject: "On reject", to: "To", node: "Node", timeouts: "Timeouts", fieldPermissions: "Field permissions", buttons: "Buttons", commentRequired: "Comment required for", duration: "Wait for", until: "Wait until", field: "Field", offset: "Offset", action: "Action", onFailure: "On failure", flow: "Flow to start", input: "Input", wait: "Wait for the child", rejectOnChildReject: "Reject when the child is rejected", outcome: "Outcome", label: "Label", condition: "Condition", priority: "Priority", default: "Default branch", from: "From", id: "ID", starters: "Who may start", everyone: "Everyone", roles: "Roles", departments: "Departments", users: "Users", admins: "Flow admins", withdraw: "Withdraw (撤回)", resubmit: "Resubmit after a return", dedupe: "Approver de-duplication", title: "Request title", urgeInterval: "Urge interval (催办)", archive: "Archive", afterDays: "After days", retentionDays: "Keep for days", notifications: "Notifications", channels: "Channels", notifyInitiatorOnEachStep: "Tell the initiator after every step" },
  enums: { sequential: "One after another (依次)", all: "All must approve (会签)", any: "Any one decides (或签)", vote: "Vote by ratio (票签)", "auto-approve": "Approve automatically", admin: "Send to flow admins", reject: "Reject", "skip-to-manager": "Pass to their manager", require: "They act like anyone else", end: "End the request", previous: "Back to the previous step", initiator: "Back to the initiator", remind: "Remind", "auto-reject": "Reject automatically", reassign: "Reassign", escalate: "Escalate to manager", approve: "Approve", return: "Return", transfer: "Transfer", delegate: "Delegate", "add-signer": "Add signer", "remove-signer": "Remove signer", comment: "Comment", cc: "CC", "take-back": "Take back", complete: "Complete", continue: "Continue", terminate: "Terminate", approved: "Approved", rejected: "Rejected", completed: "Completed", never: "Never", "before-first-action": "Before anyone acted", "until-done": "Until finished", resume: "Resume at the returning step", restart: "Restart from the first step", none: "None", first: "Skip if approved earlier", consecutive: "Skip if approved the step before", "in-app": "In-app", email: "Email" },
  versions: { title: 'Versions', version: 'Version', publisher: 'Published by', time: 'Published', latest: 'Current', draft: 'Draft', from: 'Compare', to: 'with', restore: 'Restore into the draft', restoreConfirm: 'Replace the draft with version {n}? Unsaved changes in the designer are lost.', restored: 'Version {n} is now the draft', changes: 'Changes', noChanges: 'The two are the same.', none: 'Nothing was published yet.', added: 'Added', removed: 'Removed', changed: 'Changed' },
  simulate: { initiator: 'Initiator', data: 'Form data', decisions: 'Decisions', run: 'Run', result: 'Result', steps: 'Steps', noRun: 'Pick an initiator, fill in the form and run: the path lights up on the canvas.', unsaved: 'The simulation walks the saved draft: save your changes first.', refused: 'Refused', effects: 'Effects', who: 'Who and why', decide: { approve: 'Approve', reject: 'Reject', return: 'Return', complete: 'Complete' } },
  org: { title: 'Organization', departments: 'Departments', users: 'Users', roles: 'Roles', import: 'Import CSV', head: 'Head', id: 'ID', name: 'Name', email: 'Email', department: 'Department', manager: 'Manager', active: 'Active', members: 'Members', csvHelp: 'One user per row. The header needs id and name; department, manager, email and roles (separated by ;) are optional.', run: 'Import', report: 'Result', created: 'created', updated: 'updated', rejected: 'Rejected rows', row: 'Row', reason: 'Reason', noRejects: 'Every row was accepted.' },
  exception: { notFound: 'This page does not exist.', home: 'Back to the start' },
};

export type Messages = typeof en;
