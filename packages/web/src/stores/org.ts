// The org directory as the studio's pickers need it (users, departments, roles), loaded once.
// Pickers still accept keys that are not listed: definitions stay portable between environments.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
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

  return { users, departments, roles, state, load };
});
