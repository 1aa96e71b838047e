import { describe, expect, it } from 'vitest';
import { guard } from './index.ts';
import { routes } from './routes.ts';

const state = (signedIn: boolean, canDesign: boolean) => ({ signedIn: () => signedIn, canDesign: () => canDesign });

describe('route guard', () => {
  it('sends a signed-out visitor to login with the page to come back to', () => {
    expect(guard(state(false, false), { area: 'workspace' }, '/workspace/inbox')).toEqual({ name: 'login', query: { redirect: '/workspace/inbox' } });
    expect(guard(state(false, false), { public: true }, '/login')).toBe(true);
  });

  it('keeps members out of the studio and lets designers in', () => {
    expect(guard(state(true, false), { area: 'studio' }, '/studio/flows')).toEqual({ name: 'inbox' });
    expect(guard(state(true, false), { area: 'workspace' }, '/workspace/inbox')).toBe(true);
    expect(guard(state(true, true), { area: 'studio' }, '/studio/flows')).toBe(true);
  });

  it('loads every page lazily, so no page is in the entry chunk', () => {
    const pages = routes.flatMap((r) => [r, ...(r.children ?? [])]).filter((r) => 'component' in r && r.component);
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const r of pages) expect(typeof r.component, String(r.path)).toBe('function');
  });
});
