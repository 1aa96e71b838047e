// The org directory as the studio's pickers and the workspace's names need it (users,
// departments, roles), loaded once per session.
// Pickers still accept keys that are not listed: definitions stay portable between environments.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { HttpClient } from '../api/http.ts';
import { listDepartments, listRoles, listUsers, type OrgDepartment, type OrgRole, type OrgUser } from '../api/org.ts';

export const useOrgStore = defineStore('org', () => {
  const users = shallowRef<OrgUser[]>([]);
  const departments = shallowRef<OrgDepartment[]>([]);
  const roles = shallowRef<OrgRole[]>([]);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');

  /** Loads the directory unless it is loaded or loading; a failure leaves the lists empty. */
  async function load(http: HttpClient): Promise<void> {
    if (state.value === 'loading' || state.value === 'ready') return;
    state.value = 'loading';
    const [u, d, r] = await Promise.all([listUsers(http), listDepartments(http), listRoles(http)]);
    if (u.ok) users.value = u.data;
    if (d.ok) departments.value = d.data;
    if (r.ok) roles.value = r.data;
    state.value = u.ok && d.ok && r.ok ? 'ready' : 'error';
  }

  const byId = computed(() => new Map(users.value.map((u) => [u.id, u.name])));
  /** A user's display name; the id itself while the directory loads or for someone not listed. */
  const nameOf = (id: string): string => byId.value.get(id) ?? id;

  /** After an edit of the org: the next load fetches the lists again. */
  const invalidate = () => {
    if (state.value !== 'loading') state.value = 'idle';
  };

  return { users, departments, roles, state, load, nameOf, invalidate };
});
