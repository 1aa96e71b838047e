// The XML namespaces a Baton BPMN file uses, the Baton extension's meta-model (a moddle package,
// so bpmn-moddle checks the extension elements like any BPMN element), and the vendor namespaces
// whose assignee attributes plain imports understand.

export const NS = {
  bpmn: 'http://www.omg.org/spec/BPMN/20100524/MODEL',
  bpmndi: 'http://www.omg.org/spec/BPMN/20100524/DI',
  dc: 'http://www.omg.org/spec/DD/20100524/DC',
  di: 'http://www.omg.org/spec/DD/20100524/DI',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  baton: 'https://baton.dev/schemas/bpmn',
} as const;

/** Camunda 7, Flowable and Activiti put assignees in same-named attributes of their namespaces. */
export const VENDOR_NS = ['http://camunda.org/schema/1.0/bpmn', 'http://flowable.org/bpmn', 'http://activiti.org/bpmn'] as const;

/** Camunda 8 (Zeebe) puts them in a zeebe:assignmentDefinition extension element. */
export const ZEEBE_NS = 'http://camunda.org/schema/zeebe/1.0';

/** The language of every condition Baton writes (and the only one it reads). */
export const CEL_LANGUAGE = 'cel';

/** Bumped when the extension's JSON changes shape; imports refuse a newer version. */
export const EXTENSION_VERSION = '1';

// Every Baton extension element holds canonical JSON as its text; the attribute names what it is.
const jsonElement = (name: string, attrs: string[] = []) => ({
  name,
  superClass: ['Element'],
  properties: [...attrs.map((a) => ({ name: a, isAttr: true, type: 'String' })), { name: 'json', isBody: true, type: 'String' }],
});

/** The moddle package of the Baton extension (`baton:` elements inside bpmn:extensionElements). */
export const BATON_MODDLE = {
  name: 'Baton',
  uri: NS.baton,
  prefix: 'baton',
  xml: { tagAlias: 'lowerCase' },
  associations: [],
  types: [
    // On the process: the definition's own data (key, names, variables, record...), its form, its settings.
    jsonElement('Definition', ['version']),
    jsonElement('Form'),
    jsonElement('Settings'),
    // On a flow node: its Baton type and the properties BPMN has no words for.
    jsonElement('Node', ['type']),
    // On a sequence flow: label, priority, and the edge id when BPMN's had to differ.
    jsonElement('Edge'),
    // On a boundary timer: what the timeout does when it fires.
    jsonElement('Timeout'),
  ],
} as const;
