export { createBatonClient } from './baton-client.ts';
export type { ApiError, BatonClient, BatonClientOptions, Schema } from './baton-client.ts';
export type { components, operations, paths } from './generated/api.ts';
