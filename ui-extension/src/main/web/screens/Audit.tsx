// The audit trail: search and verification of its hash chain.
import { useState } from 'preact/hooks';
import { get, query } from '../api';
import type { Session } from '../roles';
import { ErrorBox, Field, formatDateTime, Loading, useAsync, usePageTitle } from '../ui/parts';

interface AuditEntry {
  sequenceNumber: number;
  occurredAt: string;
  eventType: string | null;
  action: string | null;
  outcome: string | null;
  username: string | null;
  objectType: string | null;
  objectId: string | null;
  facilityCode: string | null;
  detail: string | null;
}

interface Verification {
  intact: boolean;
  entriesChecked: number;
  firstBrokenSequence: number | null;
  reason: string | null;
}

const EVENT_TYPES = ['', 'APPLICATION_ACTIVITY', 'DICOM_INSTANCES_ACCESSED', 'EXPORT', 'IMPORT', 'PATIENT_RECORD', 'PROCEDURE_RECORD', 'QUERY', 'SECURITY_ALERT', 'USER_AUTHENTICATION'];
const PAGE_SIZE = 50;

export function AuditScreen(_props: { session: Session }) {
  const focus = usePageTitle('Audit trail');
  const empty = { from: '', to: '', username: '', objectType: '', objectId: '', eventType: '', facility: '' };
  const [form, setForm] = useState(empty);
  const [search, setSearch] = useState({ ...empty, page: 0 });
  const field = (k: keyof typeof empty) => ({ value: form[k], onInput: (v: string) => setForm({ ...form, [k]: v }) });
  const entries = useAsync(
    (signal) =>
      get<{ items: AuditEntry[]; page: number; size: number; total: number }>(
        `/api/audit${query({
          ...search,
          from: search.from ? new Date(search.from).toISOString() : '',
          to: search.to ? new Date(search.to).toISOString() : '',
          size: PAGE_SIZE,
        })}`,
        signal,
      ),
    [search],
  );
  const [verifying, setVerifying] = useState(0);
  const verification = useAsync((signal) => (verifying ? get<Verification>('/api/audit/verification', signal) : Promise.resolve(null)), [verifying]);
  const v = verification.data;
  const e = entries.data;
  const pages = e ? Math.max(1, Math.ceil(e.total / PAGE_SIZE)) : 1;

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title" tabIndex={-1} ref={focus}>
        Audit trail
      </h1>
      <section aria-labelledby="verify-title" class="panel">
        <h2 id="verify-title">Verification</h2>
        <p>Checks every entry's hash against the one before it: any change, insertion or removal breaks the chain.</p>
        <button type="button" onClick={() => setVerifying((n) => n + 1)} disabled={verification.loading && verifying > 0}>
          Verify the audit trail
        </button>
        <div role="status" aria-live="polite">
          {verifying > 0 && verification.loading ? 'Verifying…' : null}
          {v ? (
            <p class={v.intact ? 'ok' : 'bad'}>
              {v.intact
                ? `Intact: ${v.entriesChecked} entries checked.`
                : `Broken at entry ${v.firstBrokenSequence ?? '?'}: ${v.reason ?? 'hash mismatch'} (${v.entriesChecked} entries checked).`}
            </p>
          ) : null}
        </div>
        <ErrorBox error={verification.error} what="Verification failed" />
      </section>
      <form
        class="search panel"
        role="search"
        aria-label="Search the audit trail"
        onSubmit={(ev) => {
          ev.preventDefault();
          setSearch({ ...form, page: 0 });
        }}
      >
        <Field label="From" name="from" type="datetime-local" {...field('from')} />
        <Field label="To" name="to" type="datetime-local" {...field('to')} />
        <Field label="User" name="username" {...field('username')} />
        <Field label="Event type" name="eventType" options={EVENT_TYPES.map((t) => [t, t ? t.toLowerCase().replace(/_/g, ' ') : 'any'] as [string, string])} {...field('eventType')} />
        <Field label="Object type" name="objectType" {...field('objectType')} />
        <Field label="Object ID" name="objectId" {...field('objectId')} />
        <Field label="Facility" name="facility" {...field('facility')} />
        <button type="submit">Search</button>
      </form>
      <ErrorBox error={entries.error} what="The audit trail could not be read" />
      {entries.loading && !e ? <Loading what="audit entries" /> : null}
      {e ? (
        <>
          <table class="audit">
            <caption>
              Audit entries ({e.total} found, page {e.page + 1} of {pages})
            </caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">When</th>
                <th scope="col">Event</th>
                <th scope="col">Action</th>
                <th scope="col">Outcome</th>
                <th scope="col">User</th>
                <th scope="col">Object</th>
                <th scope="col">Facility</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {e.items.map((a) => (
                <tr key={a.sequenceNumber}>
                  <th scope="row">{a.sequenceNumber}</th>
                  <td>{formatDateTime(a.occurredAt)}</td>
                  <td>{a.eventType?.toLowerCase().replace(/_/g, ' ') ?? '—'}</td>
                  <td>{a.action?.toLowerCase() ?? '—'}</td>
                  <td>{a.outcome?.toLowerCase().replace(/_/g, ' ') ?? '—'}</td>
                  <td>{a.username ?? '—'}</td>
                  <td class="uid">
                    {a.objectType ?? ''} {a.objectId ?? ''}
                  </td>
                  <td>{a.facilityCode ?? '—'}</td>
                  <td>{a.detail ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav aria-label="Audit pages" class="pager">
            <button type="button" class="secondary" disabled={search.page === 0} onClick={() => setSearch({ ...search, page: search.page - 1 })}>
              Previous page
            </button>
            <button type="button" class="secondary" disabled={search.page + 1 >= pages} onClick={() => setSearch({ ...search, page: search.page + 1 })}>
              Next page
            </button>
          </nav>
        </>
      ) : null}
    </section>
  );
}
