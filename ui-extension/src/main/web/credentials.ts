// Editing a license or a privilege: the form's values from the record, the PUT body from the form, the If-Match
// tag, and what to say when someone else changed the record meanwhile (412).
import { ApiError } from './problem';

export interface LicenseRecord {
  id: string;
  version: number;
  jurisdiction: string;
  number: string;
  type: string;
  validFrom: string | null;
  validTo: string | null;
  verifiedAt?: string | null;
  verifiedBy?: string | null;
}

export interface PrivilegeRecord {
  id: string;
  version: number;
  radiologistId: string;
  facilityCode: string;
  validFrom: string | null;
  validTo: string | null;
  scope: { modalities: string[]; subspecialties: string[]; readTypes: string[] };
}

export interface LicenseForm {
  jurisdiction: string;
  number: string;
  type: string;
  validFrom: string;
  validTo: string;
}

export interface PrivilegeForm {
  validFrom: string;
  validTo: string;
  modalities: string;
  subspecialties: string;
  readTypes: string;
}

/** The entries of a comma-separated field, trimmed, without empty ones. */
export function commaList(s: string): string[] {
  return s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
}

export function licenseFormOf(l: LicenseRecord): LicenseForm {
  return { jurisdiction: l.jurisdiction, number: l.number, type: l.type, validFrom: l.validFrom ?? '', validTo: l.validTo ?? '' };
}

/**
 * The PUT body for a license. The API replaces the whole license, so the record's primary-source verification is
 * sent back unchanged (leaving it out would erase it).
 */
export function licenseBodyOf(f: LicenseForm, l: LicenseRecord) {
  return {
    jurisdiction: f.jurisdiction.trim(),
    number: f.number.trim(),
    type: f.type,
    validFrom: f.validFrom || null,
    validTo: f.validTo || null,
    verification: l.verifiedAt ? { verifiedAt: l.verifiedAt, verifiedBy: l.verifiedBy ?? null } : null,
  };
}

export function privilegeFormOf(p: PrivilegeRecord): PrivilegeForm {
  return {
    validFrom: p.validFrom ?? '',
    validTo: p.validTo ?? '',
    modalities: p.scope.modalities.join(', '),
    subspecialties: p.scope.subspecialties.join(', '),
    readTypes: p.scope.readTypes.join(', '),
  };
}

/**
 * The PUT body for a privilege: its radiologist and facility never change (sent as they are); reading windows are
 * left out, which keeps them.
 */
export function privilegeBodyOf(f: PrivilegeForm, p: PrivilegeRecord) {
  return {
    radiologistId: p.radiologistId,
    facility: p.facilityCode,
    validFrom: f.validFrom || null,
    validTo: f.validTo || null,
    scope: { modalities: commaList(f.modalities), subspecialties: commaList(f.subspecialties), readTypes: commaList(f.readTypes) },
  };
}

/** The If-Match value: the ETag the record was read with, else its version as the API tags it ("3"). */
export function ifMatchOf(etag: string | null | undefined, version: number): string {
  return etag && etag.trim() ? etag.trim() : `"${version}"`;
}

/** Whether a failed save means that someone else changed the record since it was read. */
export function isStale(e: unknown): boolean {
  return e instanceof ApiError && e.status === 412;
}

/** The error to show after a 412, once the form shows the record as it is now. */
export function staleError(e: ApiError, what: string): ApiError {
  return new ApiError(
    e.status,
    e.code,
    `Someone else changed ${what} while you were editing it. The form now shows the saved values: check them, make your change again and save.`,
  );
}

/** What saving an edit came to: saved; stale (412, with the record as it is now); or failed. */
export type SaveOutcome<T> =
  | { kind: 'saved'; saved: { body: T; etag: string | null } }
  | { kind: 'stale'; error: ApiError; fresh: { body: T; etag: string | null } }
  | { kind: 'failed'; error: ApiError };

/**
 * Sends an edit; after a 412 reads the record again so the form can show it as it is now. `what` names the record
 * in the message ("license TX-123").
 */
export async function saveEdit<T>(
  put: () => Promise<{ body: T; etag: string | null }>,
  reread: () => Promise<{ body: T; etag: string | null }>,
  what: string,
): Promise<SaveOutcome<T>> {
  try {
    return { kind: 'saved', saved: await put() };
  } catch (x) {
    const error = x instanceof ApiError ? x : new ApiError(0, undefined, String(x));
    if (!isStale(error)) return { kind: 'failed', error };
    try {
      return { kind: 'stale', error: staleError(error, what), fresh: await reread() };
    } catch (y) {
      const again = y instanceof ApiError ? y : new ApiError(0, undefined, String(y));
      return { kind: 'failed', error: new ApiError(error.status, error.code, `Someone else changed ${what}, and it could not be read again: ${again.message}`) };
    }
  }
}
