import { describe, expect, it } from 'vitest';
import { can, homeOf, jwtClaims, sessionOf } from '../../main/web/roles';

function token(claims: object): string {
  const b64 = (o: object) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(o)))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${b64({ alg: 'RS256' })}.${b64(claims)}.signature`;
}

describe('roles', () => {
  it('reads realm roles, facilities and the username from the access token', () => {
    const s = sessionOf(token({ preferred_username: 'facility-admin-tx', name: 'Fran Admin', realm_access: { roles: ['facility-admin', 'offline_access'] }, telerad_facilities: ['tx-dallas', 'tx-houston'] }));
    expect(s.username).toBe('facility-admin-tx');
    expect(s.name).toBe('Fran Admin');
    expect([...s.roles]).toContain('facility-admin');
    expect(s.facilities).toEqual(['tx-dallas', 'tx-houston']);
  });

  it('a radiologist reads the worklist and does not edit the registry', () => {
    const c = can(sessionOf(token({ realm_access: { roles: ['radiologist'] } })));
    expect(c.readWorklist).toBe(true);
    expect(c.editRegistry).toBe(false);
    expect(c.seeBoard).toBe(false);
    expect(c.readAudit).toBe(false);
  });

  it('each role lands on its own start page', () => {
    expect(homeOf(sessionOf(token({ realm_access: { roles: ['radiologist'] } })))).toBe('worklist');
    expect(homeOf(sessionOf(token({ realm_access: { roles: ['credentialing-admin'] } })))).toBe('radiologists');
    expect(homeOf(sessionOf(token({ realm_access: { roles: ['facility-admin'] } })))).toBe('board');
    expect(homeOf(sessionOf(token({ realm_access: { roles: ['auditor'] } })))).toBe('board');
  });

  it('a malformed token gives no roles rather than an error', () => {
    expect(jwtClaims('not-a-token')).toEqual({});
    expect([...sessionOf('a.%%%.c').roles]).toEqual([]);
  });

  it('decodes non-ASCII names', () => {
    expect(sessionOf(token({ name: 'Zoë Müller' })).name).toBe('Zoë Müller');
  });
});
