// SLA contracts per facility (turnaround targets, warning share, escalation ladder).
import { useState } from 'preact/hooks';
import { call, get, type Page } from '../api';
import { ApiError, apiErrorOf } from '../problem';
import { can, type Session } from '../roles';
import { isoDuration } from '../format';
import { ErrorBox, Field, Loading, Notice, useAsync, usePageTitle } from '../ui/parts';
import { RegistryTabs } from './Registry';

interface Contract {
  facilityCode: string;
  version: number | null;
  stored: boolean;
  storedAt: string | null;
  storedBy: string | null;
  targets: { priority: string; readType: string; modality: string | null; target: string }[];
  ceiling: string;
  warningShare: number;
  clockStart: string;
  ladder: { action: string; shareOfTarget: number }[];
  maximumWait: string;
}

export function SlaContractsScreen({ session }: { session: Session }) {
  const focus = usePageTitle('SLA contracts');
  const c = can(session);
  const facilities = useAsync((signal) => get<Page<{ code: string; name: string }>>('/api/facilities?size=500&active=true', signal), []);
  const codes = (facilities.data?.items ?? []).map((f) => f.code).filter((code) => !session.facilities.length || session.roles.has('credentialing-admin') || session.facilities.includes(code));
  const [facility, setFacility] = useState('');
  const chosen = facility || codes[0] || '';
  const contract = useAsync(
    (signal) => (chosen ? call<Contract>(`/api/sla/contracts/${encodeURIComponent(chosen)}`, { signal }) : Promise.resolve(null)),
    [chosen],
  );
  const [draft, setDraft] = useState<Contract | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const k = contract.data?.body;

  const save = async (e: Event) => {
    e.preventDefault();
    if (!draft) return;
    setError(null);
    try {
      await call(`/api/sla/contracts/${encodeURIComponent(chosen)}`, { method: 'PUT', body: draft as unknown as Record<string, unknown>, ifMatch: contract.data?.etag ?? '*' });
      setNotice(`Contract of ${chosen} saved.`);
      setDraft(null);
      contract.reload();
    } catch (x) {
      setError(apiErrorOf(x));
    }
  };

  return (
    <section aria-labelledby="sla-title">
      <RegistryTabs current="sla" session={session} />
      <h1 id="sla-title" tabIndex={-1} ref={focus}>
        SLA contracts
      </h1>
      <ErrorBox error={facilities.error} what="Facilities could not be read" />
      {codes.length ? (
        <Field label="Facility" name="sla-facility" value={chosen} onInput={(v) => { setFacility(v); setDraft(null); }} options={codes} />
      ) : null}
      {contract.error instanceof ApiError && contract.error.status === 404 && !contract.error.code ? (
        <p>SLA contracts are not available on this server yet.</p>
      ) : (
        <ErrorBox error={contract.error} what="The contract could not be read" />
      )}
      {contract.loading && !k ? <Loading what="the contract" /> : null}
      {notice ? <Notice>{notice}</Notice> : null}
      {k && !draft ? (
        <>
          <p>
            {k.stored ? `Version ${k.version}, stored ${k.storedAt ?? ''} by ${k.storedBy ?? ''}.` : 'No contract stored: the defaults apply.'} Warning at{' '}
            {Math.round(k.warningShare * 100)} % of the target; clock starts at {k.clockStart.toLowerCase().replace(/_/g, ' ')}; ceiling {isoDuration(k.ceiling)}; maximum wait{' '}
            {isoDuration(k.maximumWait)}.
          </p>
          <table>
            <caption>Turnaround targets of {k.facilityCode}</caption>
            <thead>
              <tr>
                <th scope="col">Priority</th>
                <th scope="col">Read</th>
                <th scope="col">Modality</th>
                <th scope="col">Target</th>
              </tr>
            </thead>
            <tbody>
              {k.targets.map((t, i) => (
                <tr key={i}>
                  <th scope="row">{t.priority}</th>
                  <td>{t.readType.toLowerCase()}</td>
                  <td>{t.modality ?? 'all'}</td>
                  <td>{isoDuration(t.target)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>Escalation: {k.ladder.map((s) => `${s.action.toLowerCase().replace(/_/g, ' ')} at ${Math.round(s.shareOfTarget * 100)} %`).join(', ') || 'none'}.</p>
          {c.editRegistry ? (
            <button type="button" onClick={() => setDraft(structuredClone(k))}>
              Edit contract
            </button>
          ) : null}
        </>
      ) : null}
      {draft ? (
        <form class="panel" aria-labelledby="sla-edit-title" onSubmit={save} noValidate>
          <h2 id="sla-edit-title">Edit the contract of {chosen}</h2>
          <div class="form-grid">
            {draft.targets.map((t, i) => (
              <Field
                key={i}
                label={`Target for ${t.priority} ${t.readType.toLowerCase()}${t.modality ? ` ${t.modality}` : ''}`}
                name={`targets.${i}.target`}
                hint="ISO-8601 duration, e.g. PT30M"
                value={t.target}
                error={error}
                onInput={(v) => setDraft({ ...draft, targets: draft.targets.map((x, j) => (j === i ? { ...x, target: v } : x)) })}
              />
            ))}
            <Field
              label="Warning share of the target"
              name="warningShare"
              value={String(draft.warningShare)}
              error={error}
              onInput={(v) => setDraft({ ...draft, warningShare: Number(v) })}
            />
          </div>
          <ErrorBox error={error} what="Not saved" />
          <div class="buttons">
            <button type="submit">Save contract</button>
            <button type="button" class="secondary" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
