// The app's HTTP client, provided once at startup and injected where needed (no module-level
// singleton: tests provide their own).
import { inject, type InjectionKey } from 'vue';
import type { HttpClient } from './http.ts';

export const HTTP_CLIENT: InjectionKey<HttpClient> = Symbol('baton.http');

export function useHttp(): HttpClient {
  const http = inject(HTTP_CLIENT);
  if (!http) throw new Error('HTTP client not provided');
  return http;
}
