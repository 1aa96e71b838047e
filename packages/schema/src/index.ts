export type * from './generated/types.ts';
export * from './problem.ts';
export * from './cel/cel-environment.ts';
