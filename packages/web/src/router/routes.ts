// Routes. Every page is a lazy chunk; the designer's chunk is the only one that pulls in X6,
// so workspace pages never load it.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('../views/login/index.vue'), meta: { public: true } },
  {
    path: '/',
    component: () => import('../layouts/basic-layout.vue'),
    children: [
      { path: '', redirect: { name: 'flows' } },
      { path: 'studio/flows', name: 'flows', component: () => import('../views/studio/flows/index.vue'), meta: { area: 'studio', title: 'nav.flows' } },
      {
        path: 'studio/flows/:key/designer',
        name: 'designer',
        component: () => import('../views/studio/designer/index.vue'),
        meta: { area: 'studio', title: 'nav.designer', fullHeight: true },
      },
      {
        path: 'studio/flows/:key/form',
        name: 'form-designer',
        component: () => import('../views/studio/form-designer/index.vue'),
        meta: { area: 'studio', title: 'nav.forms', fullHeight: true },
      },
      {
        path: 'studio/flows/:key/versions',
        name: 'versions',
        component: () => import('../views/studio/versions/index.vue'),
        meta: { area: 'studio', title: 'nav.versions', fullHeight: true },
      },
      {
        path: 'studio/flows/:key/simulate',
        name: 'simulate',
        component: () => import('../views/studio/simulate/index.vue'),
        meta: { area: 'studio', title: 'nav.simulate', fullHeight: true },
      },
      { path: 'studio/gallery', name: 'gallery', component: () => import('../views/studio/gallery/index.vue'), meta: { area: 'studio', title: 'nav.gallery' } },
      { path: 'studio/org', name: 'org', component: () => import('../views/studio/org/index.vue'), meta: { area: 'studio', title: 'nav.org' } },
      { path: 'studio/analytics', name: 'analytics', component: () => import('../views/studio/analytics/index.vue'), meta: { area: 'studio', title: 'analytics.nav' } },
      { path: 'workspace/inbox', name: 'inbox', component: () => import('../views/workspace/inbox/index.vue'), meta: { area: 'workspace', title: 'nav.inbox' } },
      { path: 'workspace/requests/:id', name: 'instance', component: () => import('../views/workspace/instance/index.vue'), meta: { area: 'workspace', title: 'nav.request' } },
      { path: 'workspace/records/:type?', name: 'records', component: () => import('../views/workspace/records/index.vue'), meta: { area: 'workspace', title: 'records.title' } },
      { path: 'workspace/records/:type/:id', name: 'record', component: () => import('../views/workspace/records/record-page.vue'), meta: { area: 'workspace', title: 'records.record' } },
      { path: 'workspace/archive', name: 'archive', component: () => import('../views/workspace/archive/index.vue'), meta: { area: 'workspace', title: 'archive.title' } },
      { path: 'workspace/start/:key?', name: 'start', component: () => import('../views/workspace/start/index.vue'), meta: { area: 'workspace', title: 'nav.start' } },
    ],
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../views/exception/not-found.vue'), meta: { public: true } },
];
