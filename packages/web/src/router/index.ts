import { createRouter, createWebHistory, type Router } from 'vue-router';
import { routes } from './routes.ts';

export interface GuardState {
  signedIn: () => boolean;
}

/** The app router; pages that are not public send a signed-out visitor to the login page. */
export function createAppRouter(state: GuardState): Router {
  const router = createRouter({ history: createWebHistory(), routes });
  router.beforeEach((to) => {
    if (to.meta.public || state.signedIn()) return true;
    return { name: 'login', query: { redirect: to.fullPath } };
  });
  return router;
}
