// What the signed-in user may do, from the access token's realm roles (the API enforces it anyway: the UI only
// hides what would fail).

export type Role = 'radiologist' | 'facility-admin' | 'credentialing-admin' | 'auditor' | 'telerad-service';

export interface Session {
  username: string;
  name: string;
  roles: ReadonlySet<string>;
  facilities: readonly string[];
}

/** The claims of a JWT's payload (no verification: the API verifies; the UI only reads roles to hide buttons). */
export function jwtClaims(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) return {};
  try {
    const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const padded = b64 + '='.repeat((4 - (b64.length % 4)) % 4);
    const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
    const json = JSON.parse(new TextDecoder().decode(bytes));
    return typeof json === 'object' && json !== null ? json : {};
  } catch {
    return {};
  }
}

export function sessionOf(accessToken: string): Session {
  const c = jwtClaims(accessToken);
  const realm = c['realm_access'] as { roles?: unknown } | undefined;
  const roles = Array.isArray(realm?.roles) ? realm!.roles.filter((r): r is string => typeof r === 'string') : [];
  const facilitiesClaim = c['telerad_facilities'];
  const facilities = Array.isArray(facilitiesClaim)
    ? facilitiesClaim.filter((f): f is string => typeof f === 'string')
    : typeof facilitiesClaim === 'string'
      ? [facilitiesClaim]
      : [];
  const username = typeof c['preferred_username'] === 'string' ? (c['preferred_username'] as string) : '';
  const name = typeof c['name'] === 'string' ? (c['name'] as string) : username;
  return { username, name, roles: new Set(roles), facilities };
}

const has = (s: Session, ...roles: Role[]) => roles.some((r) => s.roles.has(r));

/** The capabilities the screens ask about. */
export function can(s: Session) {
  return {
    readWorklist: has(s, 'radiologist'),
    claimAndReport: has(s, 'radiologist'),
    seeTasks: has(s, 'radiologist', 'facility-admin', 'credentialing-admin', 'auditor'),
    releaseAnyTask: has(s, 'credentialing-admin', 'facility-admin'),
    seeRegistry: has(s, 'credentialing-admin', 'facility-admin', 'auditor'),
    editRegistry: has(s, 'credentialing-admin'),
    editPrivileges: has(s, 'credentialing-admin'),
    seeBoard: has(s, 'credentialing-admin', 'facility-admin', 'auditor'),
    seeUnroutable: has(s, 'credentialing-admin', 'facility-admin', 'auditor'),
    seeSla: has(s, 'credentialing-admin', 'facility-admin', 'auditor'),
    readAudit: has(s, 'auditor'),
  };
}

export type Capabilities = ReturnType<typeof can>;

/** Where a user lands after signing in. */
export function homeOf(s: Session): string {
  const c = can(s);
  if (c.readWorklist) return 'worklist';
  if (c.editRegistry) return 'radiologists';
  if (c.seeBoard) return 'board';
  if (c.readAudit) return 'audit';
  return 'worklist';
}
