// The words both sides share: which BPMN element each Baton node becomes, the sizes BPMN tools
// draw them at, and how a bilingual name is shown in a format that has one name per element.
import type { I18NText, Node } from '@baton/schema';
import { xmlSafe } from './xml-writer.ts';

export type NodeType = Node['type'];
export type Lang = 'en' | 'zh-CN';

/** BPMN element names (local part, as written in XML) that Baton reads and writes. */
export type BpmnTag =
  | 'startEvent'
  | 'endEvent'
  | 'userTask'
  | 'manualTask'
  | 'sendTask'
  | 'serviceTask'
  | 'exclusiveGateway'
  | 'parallelGateway'
  | 'inclusiveGateway'
  | 'intermediateCatchEvent'
  | 'callActivity';

/** Automations that only send something are sendTasks; those that change or fetch data are serviceTasks. */
const SENDING_ACTIONS = new Set(['email', 'notify']);

export function tagOfNode(node: Node, joinKind: 'parallel' | 'inclusive' | undefined): BpmnTag {
  switch (node.type) {
    case 'start':
      return 'startEvent';
    case 'end':
      return 'endEvent';
    case 'approval':
    case 'handler':
      return 'userTask';
    case 'cc':
      return 'sendTask';
    case 'automation':
      return SENDING_ACTIONS.has(node.action.type) ? 'sendTask' : 'serviceTask';
    case 'exclusive':
      return 'exclusiveGateway';
    case 'parallel':
      return 'parallelGateway';
    case 'inclusive':
      return 'inclusiveGateway';
    case 'join':
      return joinKind === 'inclusive' ? 'inclusiveGateway' : 'parallelGateway';
    case 'delay':
      return 'intermediateCatchEvent';
    case 'subflow':
      return 'callActivity';
  }
}

export type ShapeKind = 'event' | 'gateway' | 'activity';

/** bpmn-js's default sizes. */
export const SHAPE_SIZE: Record<ShapeKind, { width: number; height: number }> = {
  event: { width: 36, height: 36 },
  gateway: { width: 50, height: 50 },
  activity: { width: 100, height: 80 },
};

/** Baton's canvas card (layout x/y is its top-left corner); BPMN shapes are centred on it. */
export const CARD_SIZE = { width: 200, height: 64 } as const;

export function shapeKindOf(tag: string): ShapeKind {
  if (tag.endsWith('Event')) return 'event';
  if (tag.endsWith('Gateway')) return 'gateway';
  return 'activity';
}

/** The offset from a card's top-left corner to the BPMN shape's: exact small integers. */
export function shapeOffset(kind: ShapeKind): { dx: number; dy: number } {
  const s = SHAPE_SIZE[kind];
  return { dx: (CARD_SIZE.width - s.width) / 2, dy: (CARD_SIZE.height - s.height) / 2 };
}

/** The one name a BPMN tool shows: the export language, else the other one. */
export function displayText(text: { en?: string; 'zh-CN'?: string } | undefined, lang: Lang): string | undefined {
  if (text === undefined) return undefined;
  return text[lang] ?? text[lang === 'en' ? 'zh-CN' : 'en'];
}

const HAN = /\p{Script=Han}/u;

/** A name typed in a BPMN tool, as bilingual text: Chinese when it has Han characters. */
export function textFromName(name: string): I18NText {
  return HAN.test(name) ? { 'zh-CN': name } : { en: name };
}

/**
 * A bilingual text after a BPMN tool may have renamed the element: unchanged when the shown name
 * is still the one exported, else the shown language takes the new name and the other is kept.
 */
export function mergeName(original: I18NText | undefined, shown: string | undefined, lang: Lang): I18NText | undefined {
  if (shown === undefined || shown === '') return original;
  if (original === undefined) return textFromName(shown);
  if (xmlSafe(displayText(original, lang) ?? '') === shown) return original;
  const which: Lang = original[lang] !== undefined ? lang : lang === 'en' ? 'zh-CN' : 'en';
  return { ...original, [which]: shown };
}
