import { describe, expect, it } from 'vitest';
import {
  commaList,
  ifMatchOf,
  isStale,
  licenseBodyOf,
  licenseFormOf,
  privilegeBodyOf,
  privilegeFormOf,
  saveEdit,
  staleError,
  type LicenseRecord,
  type PrivilegeRecord,
} from '../../main/web/credentials';
import { ApiError } from '../../main/web/problem';

const license: LicenseRecord = {
  id: 'l-1',
  version: 3,
  jurisdiction: 'US-TX',
  number: 'TX-123',
  type: 'full',
  validFrom: '2025-01-01',
  validTo: '2027-06-30',
  verifiedAt: '2025-01-02T10:00:00Z',
  verifiedBy: 'credentialing',
};

const privilege: PrivilegeRecord = {
  id: 'p-1',
  version: 5,
  radiologistId: 'r-1',
  facilityCode: 'tx-houston',
  validFrom: '2025-01-01',
  validTo: null,
  scope: { modalities: ['CT', 'MR'], subspecialties: [], readTypes: ['final'] },
};

describe('editing a license', () => {
  it('fills the form from the record, an open end as an empty date', () => {
    expect(licenseFormOf({ ...license, validTo: null })).toEqual({
      jurisdiction: 'US-TX',
      number: 'TX-123',
      type: 'full',
      validFrom: '2025-01-01',
      validTo: '',
    });
  });

  it('sends the changed expiry and keeps the primary-source verification', () => {
    const body = licenseBodyOf({ ...licenseFormOf(license), validTo: '2029-06-30', number: ' TX-123 ' }, license);
    expect(body).toEqual({
      jurisdiction: 'US-TX',
      number: 'TX-123',
      type: 'full',
      validFrom: '2025-01-01',
      validTo: '2029-06-30',
      verification: { verifiedAt: '2025-01-02T10:00:00Z', verifiedBy: 'credentialing' },
    });
  });

  it('sends no verification for an unverified license and null for an emptied date', () => {
    const body = licenseBodyOf({ ...licenseFormOf(license), validTo: '' }, { ...license, verifiedAt: null, verifiedBy: null });
    expect(body.verification).toBeNull();
    expect(body.validTo).toBeNull();
  });
});

describe('editing a privilege', () => {
  it('shows the scope as comma-separated lists', () => {
    expect(privilegeFormOf(privilege)).toEqual({ validFrom: '2025-01-01', validTo: '', modalities: 'CT, MR', subspecialties: '', readTypes: 'final' });
  });

  it('sends the same radiologist and facility, the new scope, and no reading windows (which keeps them)', () => {
    const body = privilegeBodyOf({ ...privilegeFormOf(privilege), modalities: 'CT, MR, , CR', subspecialties: 'neuro', validTo: '2026-12-31' }, privilege);
    expect(body).toEqual({
      radiologistId: 'r-1',
      facility: 'tx-houston',
      validFrom: '2025-01-01',
      validTo: '2026-12-31',
      scope: { modalities: ['CT', 'MR', 'CR'], subspecialties: ['neuro'], readTypes: ['final'] },
    });
    expect('availableTimes' in body).toBe(false);
  });

  it('reads an emptied list as all', () => {
    expect(commaList(' ,  ')).toEqual([]);
  });
});

describe('If-Match and concurrent changes', () => {
  it('uses the ETag the record was read with, else the version as a strong tag', () => {
    expect(ifMatchOf('"7"', 3)).toBe('"7"');
    expect(ifMatchOf(null, 3)).toBe('"3"');
    expect(ifMatchOf('  ', 3)).toBe('"3"');
  });

  it('treats only 412 as someone else having changed the record', () => {
    expect(isStale(new ApiError(412, 'TELERAD-REGISTRY-040', 'stale'))).toBe(true);
    expect(isStale(new ApiError(409, 'TELERAD-REGISTRY-032', 'duplicate'))).toBe(false);
    expect(isStale(new Error('412'))).toBe(false);
  });

  it('says what changed and keeps the code', () => {
    const e = staleError(new ApiError(412, 'TELERAD-REGISTRY-040', 'stale'), 'license TX-123');
    expect(e.status).toBe(412);
    expect(e.code).toBe('TELERAD-REGISTRY-040');
    expect(e.message).toMatch(/^Someone else changed license TX-123 while you were editing it\./);
  });

  it('answers saved with the stored record', async () => {
    const outcome = await saveEdit(
      async () => ({ body: { ...license, version: 4 }, etag: '"4"' }),
      async () => {
        throw new Error('not read again');
      },
      'license TX-123',
    );
    expect(outcome.kind).toBe('saved');
  });

  it('after a 412 reads the record again and answers it with the message', async () => {
    let reads = 0;
    const outcome = await saveEdit(
      async () => {
        throw new ApiError(412, 'TELERAD-REGISTRY-040', 'stale');
      },
      async () => {
        reads++;
        return { body: { ...license, version: 9, validTo: '2030-01-01' }, etag: '"9"' };
      },
      'license TX-123',
    );
    expect(reads).toBe(1);
    expect(outcome.kind).toBe('stale');
    if (outcome.kind !== 'stale') return;
    expect(outcome.fresh.etag).toBe('"9"');
    expect(outcome.fresh.body.validTo).toBe('2030-01-01');
    expect(outcome.error.message).toContain('license TX-123');
  });

  it('passes validation errors through with their field messages, without reading again', async () => {
    let reads = 0;
    const outcome = await saveEdit(
      async () => {
        throw new ApiError(400, 'TELERAD-REGISTRY-012', 'The license is not valid', [{ field: '/validTo', message: 'before validFrom' }]);
      },
      async () => {
        reads++;
        return { body: license, etag: '"3"' };
      },
      'license TX-123',
    );
    expect(reads).toBe(0);
    expect(outcome.kind).toBe('failed');
    if (outcome.kind !== 'failed') return;
    expect(outcome.error.fieldMessage('validTo')).toBe('before validFrom');
  });

  it('fails with both reasons when the record cannot be read again after a 412', async () => {
    const outcome = await saveEdit(
      async () => {
        throw new ApiError(412, 'TELERAD-REGISTRY-040', 'stale');
      },
      async () => {
        throw new ApiError(404, 'TELERAD-REGISTRY-021', 'No such license');
      },
      'license TX-123',
    );
    expect(outcome.kind).toBe('failed');
    if (outcome.kind !== 'failed') return;
    expect(outcome.error.status).toBe(412);
    expect(outcome.error.message).toBe('Someone else changed license TX-123, and it could not be read again: No such license');
  });

  it('wraps a network failure as status 0', async () => {
    const outcome = await saveEdit(
      async () => {
        throw new TypeError('Failed to fetch');
      },
      async () => ({ body: license, etag: null }),
      'license TX-123',
    );
    expect(outcome).toMatchObject({ kind: 'failed', error: { status: 0 } });
  });
});
