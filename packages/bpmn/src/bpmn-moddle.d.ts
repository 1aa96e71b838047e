// bpmn-moddle ships no types for its main entry; this declares the one constructor used here.
declare module 'bpmn-moddle' {
  export const BpmnModdle: new (packages?: Record<string, unknown>, options?: Record<string, unknown>) => unknown;
}
