import { createRouter, createWebHistory, type Router } from 'vue-router';
import { routes } from './routes.ts';

export interface GuardState {
  signedIn: () => boolean;
  /** Admins and designers use the studio; members only the workspace. */
  canDesign: () => boolean;
}

/**
 * The app router: a signed-out visitor goes to the login page; a member who asks for a studio
 * page goes to the workspace (the server refuses them anyway; this spares them the error).
 */
export function createAppRouter(state: GuardState): Router {
  const router = createRouter({ history: createWebHistory(), routes });
  router.beforeEach((to) => guard(state, to.meta, to.fullPath));
  return router;
}

export function guard(state: GuardState, meta: { public?: unknown; area?: unknown }, fullPath: string) {
  if (meta.public) return true;
  if (!state.signedIn()) return { name: 'login', query: { redirect: fullPath } };
  if (meta.area === 'studio' && !state.canDesign()) return { name: 'inbox' };
  return true;
}
