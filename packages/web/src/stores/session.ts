// Who is signed in: the session token and user. Persisted to storage so a reload keeps the
// session; the page decides where to go after signing in or out.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { ApiError, HttpClient } from '../api/http.ts';
import { login, type SessionUser } from '../api/auth.ts';

const TOKEN_KEY = 'baton.token';
const USER_KEY = 'baton.user';

export const useSessionStore = defineStore('session', () => {
  const token = ref<string | null>(read(TOKEN_KEY));
  const user = ref<SessionUser | null>(parseUser(read(USER_KEY)));

  const signedIn = computed(() => token.value !== null);
  const canDesign = computed(() => user.value?.systemRole === 'admin' || user.value?.systemRole === 'designer');

  async function signIn(http: HttpClient, username: string, password: string): Promise<{ ok: true } | { ok: false; error: ApiError }> {
    const r = await login(http, username, password);
    if (!r.ok) return r;
    token.value = r.data.token;
    user.value = r.data.user;
    write(TOKEN_KEY, r.data.token);
    write(USER_KEY, JSON.stringify(r.data.user));
    return { ok: true };
  }

  function signOut(): void {
    token.value = null;
    user.value = null;
    write(TOKEN_KEY, null);
    write(USER_KEY, null);
  }

  return { token, user, signedIn, canDesign, signIn, signOut };
});

function read(key: string): string | null {
  return typeof localStorage === 'undefined' ? null : localStorage.getItem(key);
}

function write(key: string, value: string | null): void {
  if (typeof localStorage === 'undefined') return;
  if (value === null) localStorage.removeItem(key);
  else localStorage.setItem(key, value);
}

function parseUser(raw: string | null): SessionUser | null {
  if (!raw) return null;
  try {
    const u = JSON.parse(raw) as SessionUser;
    return typeof u?.id === 'string' && typeof u.systemRole === 'string' ? u : null;
  } catch {
    return null;
  }
}
