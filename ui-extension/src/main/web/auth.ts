// Login through Keycloak: authorization code + PKCE (oidc-client-ts), client telerad-ui.
// Zero footprint: tokens and the user live in memory only (InMemoryWebStorage). The PKCE state and verifier
// must survive the redirect to Keycloak and back, so only they go to sessionStorage (prefix telerad.oidc.), and
// oidc-client-ts removes them when the callback is processed; the page to return to travels in the URL state,
// not in storage. A reload therefore signs in again (silently, through Keycloak's session cookie).
import { InMemoryWebStorage, User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { BASE } from './routes';

export interface UiConfig {
  authority: string;
  clientId: string;
}

const STATE_PREFIX = 'telerad.oidc.';

let manager: UserManager | null = null;
let current: User | null = null;
const listeners = new Set<() => void>();

export async function loadConfig(): Promise<UiConfig> {
  const r = await fetch(`${BASE}/ui-config.json`, { cache: 'no-store' });
  if (!r.ok) throw new Error(`The login configuration could not be read (HTTP ${r.status}).`);
  return (await r.json()) as UiConfig;
}

export function initAuth(config: UiConfig): UserManager {
  const origin = window.location.origin;
  manager = new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${origin}${BASE}/callback`,
    post_logout_redirect_uri: `${origin}${BASE}/signed-out`,
    response_type: 'code',
    scope: 'openid',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage, prefix: STATE_PREFIX }),
    automaticSilentRenew: true, // with the refresh token: no iframe
    monitorSession: false,
    loadUserInfo: false,
    revokeTokenTypes: ['refresh_token'],
  });
  manager.events.addUserLoaded((u) => {
    current = u;
    listeners.forEach((l) => l());
  });
  manager.events.addSilentRenewError(() => {
    // the session ended at Keycloak: sign in again, back to this page
    void signIn(window.location.pathname + window.location.search);
  });
  return manager;
}

function mgr(): UserManager {
  if (!manager) throw new Error('auth not initialised');
  return manager;
}

export function onUserChange(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export async function signIn(returnTo: string): Promise<void> {
  await mgr().signinRedirect({ url_state: encodeURIComponent(returnTo) });
}

/** Processes the redirect back from Keycloak; answers the page to show (inside /telerad). */
export async function completeSignIn(): Promise<string> {
  const user = await mgr().signinRedirectCallback();
  current = user;
  clearStateStorage();
  const back = user.url_state ? decodeURIComponent(user.url_state) : `${BASE}/`;
  return back.startsWith(`${BASE}/`) && !back.startsWith(`${BASE}/callback`) ? back : `${BASE}/`;
}

export function user(): User | null {
  return current;
}

export async function accessToken(): Promise<string | null> {
  if (current && !current.expired) return current.access_token;
  try {
    const renewed = await mgr().signinSilent();
    current = renewed;
    return renewed?.access_token ?? null;
  } catch {
    return null;
  }
}

/** Logs out everywhere: forgets the tokens here, then ends the Keycloak session. */
export async function signOut(): Promise<void> {
  const idToken = current?.id_token;
  current = null;
  clearStateStorage();
  await mgr().removeUser();
  await mgr().signoutRedirect({ id_token_hint: idToken });
}

function clearStateStorage(): void {
  try {
    for (let i = window.sessionStorage.length - 1; i >= 0; i--) {
      const key = window.sessionStorage.key(i);
      if (key?.startsWith(STATE_PREFIX)) window.sessionStorage.removeItem(key);
    }
  } catch {
    /* storage disabled: nothing to clear */
  }
}
