// The report editor (reporting API: /api/tasks/{uid}/report, /api/report-templates): template, draft, sign
// preliminary or final, addenda, critical findings and their communication. Shown once the API answers.
import { useEffect, useState } from 'preact/hooks';
import { call, get, query } from '../api';
import { ApiError, apiErrorOf } from '../problem';
import type { Session } from '../roles';
import { ErrorBox, Field, formatDateTime, Loading, Notice, useAsync } from '../ui/parts';
import type { WorklistItem } from '../worklist';
import { cleaned, EMPTY, SECTIONS, type Sections } from '../report';

interface TemplateRef {
  id: string;
  version: number;
}

interface Finding {
  id: string;
  category: number;
  description: string;
  recordedBy: string;
  recordedAt: string;
  communicatedTo: string | null;
  communicatedAt: string | null;
  method: string | null;
  readBack: boolean | null;
}

interface Version {
  version: number;
  status: string;
  signedAt: string;
  signedBy: { name: string | null; username: string } | null;
  sections: Sections;
  addenda: { text: string; signedBy: string; signedAt: string }[];
}

interface ReportView {
  id: string | null;
  state: string;
  revision: number;
  draft: Sections | null;
  template: TemplateRef | null;
  draftSavedAt: string | null;
  taskReadType: string;
  taskState: string;
  versions: Version[];
  criticalFindings: Finding[];
}

interface Template {
  id: string;
  version: number;
  name: string;
  modality: string | null;
  sections: Sections;
}

const METHODS: [string, string][] = [
  ['telephone', 'Telephone'],
  ['in-person', 'In person'],
  ['video-call', 'Video call'],
  ['secure-message', 'Secure message'],
  ['pager', 'Pager'],
];

export function ReportPanel({ task, onChanged }: { session: Session; task: WorklistItem; onChanged: () => void }) {
  const base = `/api/tasks/${encodeURIComponent(task.taskId)}/report`;
  const report = useAsync((signal) => call<ReportView>(base, { signal }), [task.taskId]);
  const templates = useAsync(
    (signal) => get<{ items: Template[] }>(`/api/report-templates${query({ modality: task.modality })}`, signal),
    [task.modality],
  );
  const [sections, setSections] = useState<Sections>(EMPTY);
  const [template, setTemplate] = useState<TemplateRef | null>(null);
  const [chosen, setChosen] = useState('');
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [addendum, setAddendum] = useState('');
  const [finding, setFinding] = useState({ category: '1', description: '' });

  const r = report.data?.body;
  const etag = report.data?.etag ?? null;
  useEffect(() => {
    if (r && !dirty) {
      setSections({ ...EMPTY, ...(r.draft ?? {}) });
      setTemplate(r.template);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [r]);

  if (report.error instanceof ApiError && report.error.status === 404 && !report.error.code) return null; // no reporting API
  const finalised = r ? r.state === 'FINAL' || r.state === 'AMENDED' : false;
  const claimed = task.state === 'IN_PROGRESS';

  const run = async (what: string, action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await action();
      setNotice(what);
      report.reload();
      onChanged();
    } catch (x) {
      setError(apiErrorOf(x));
    } finally {
      setBusy(false);
    }
  };

  /** Saves the draft when it changed; answers the ETag to sign with. */
  const save = async (): Promise<string | null> => {
    if (!dirty && r?.id) return etag;
    const saved = await call<ReportView>(base, {
      method: 'PUT',
      body: { sections: cleaned(sections), template } as unknown as Record<string, unknown>,
      ifMatch: etag ?? '"0"',
    });
    setDirty(false);
    return saved.etag;
  };

  const sign = (kind: 'preliminary' | 'final') =>
    run(kind === 'final' ? 'Signed final: the report was sent.' : 'Signed preliminary: the report was sent.', async () => {
      const tag = await save();
      await call(`${base}/sign-${kind}`, { method: 'POST', ifMatch: tag });
    });

  const applyTemplate = () => {
    const t = templates.data?.items.find((x) => x.id === chosen);
    if (!t) return;
    setSections({ ...EMPTY, ...t.sections });
    setTemplate({ id: t.id, version: t.version });
    setDirty(true);
  };

  return (
    <section aria-labelledby="report-title" class="panel report">
      <h2 id="report-title">Report</h2>
      <ErrorBox error={report.error} what="The report could not be read" />
      {report.loading && !r ? <Loading what="the report" /> : null}
      {notice ? <Notice>{notice}</Notice> : null}
      {r ? (
        <>
          <p class="sub">
            State: {r.state === 'NOT_STARTED' ? 'not started' : r.state.toLowerCase()}
            {r.draftSavedAt ? ` · draft saved ${formatDateTime(r.draftSavedAt)}` : ''}
          </p>
          {!claimed && !finalised ? <p>Claim the task to write its report.</p> : null}
          {claimed && !finalised ? (
            <form
              aria-label="Report draft"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void run('Draft saved.', save);
              }}
            >
              {templates.data && templates.data.items.length > 0 ? (
                <div class="inline-form">
                  <Field
                    label="Template"
                    name="template"
                    value={chosen}
                    onInput={setChosen}
                    options={[['', 'Choose a template'], ...templates.data.items.map((t) => [t.id, t.name] as [string, string])]}
                  />
                  <button type="button" class="secondary" disabled={!chosen} onClick={applyTemplate}>
                    Apply template
                  </button>
                </div>
              ) : null}
              {SECTIONS.map(([k, label]) => (
                <Field
                  key={k}
                  label={label}
                  name={`sections.${k}`}
                  multiline
                  rows={k === 'findings' ? 9 : 3}
                  value={sections[k] ?? ''}
                  error={error}
                  onInput={(v) => {
                    setSections({ ...sections, [k]: v });
                    setDirty(true);
                  }}
                />
              ))}
              <ErrorBox error={error} what="The report was not changed" />
              <div class="buttons">
                <button type="submit" class="secondary" disabled={busy}>
                  Save draft
                </button>
                <button type="button" disabled={busy} onClick={() => void sign('preliminary')}>
                  Sign preliminary
                </button>
                {r.taskReadType !== 'PRELIMINARY' ? (
                  <button type="button" disabled={busy} onClick={() => void sign('final')}>
                    Sign final
                  </button>
                ) : null}
              </div>
            </form>
          ) : null}
          {r.versions.length > 0 ? (
            <section aria-labelledby="versions-title">
              <h3 id="versions-title">Signed versions</h3>
              <ol class="versions">
                {r.versions.map((v) => (
                  <li key={v.version}>
                    <strong>
                      Version {v.version}: {v.status.toLowerCase()}
                    </strong>{' '}
                    signed {formatDateTime(v.signedAt)} by {v.signedBy?.name ?? v.signedBy?.username ?? '—'}
                    {v.sections.impression ? <p>Impression: {v.sections.impression}</p> : null}
                    {v.addenda.length ? (
                      <ul>
                        {v.addenda.map((a, i) => (
                          <li key={i}>
                            Addendum ({formatDateTime(a.signedAt)}, {a.signedBy}): {a.text}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          {finalised ? (
            <form
              aria-label="Addendum"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void run('Addendum signed.', async () => {
                  await call(`${base}/addenda`, { method: 'POST', body: { text: addendum }, ifMatch: etag });
                  setAddendum('');
                });
              }}
            >
              <Field label="Addendum" name="text" multiline value={addendum} onInput={setAddendum} error={error} />
              <ErrorBox error={error} what="The addendum was not signed" />
              <button type="submit" disabled={busy || !addendum.trim()}>
                Sign addendum
              </button>
            </form>
          ) : null}
          <CriticalFindings
            findings={r.criticalFindings}
            base={base}
            canRecord={claimed || finalised}
            finding={finding}
            setFinding={setFinding}
            run={run}
            error={error}
            busy={busy}
          />
        </>
      ) : null}
    </section>
  );
}

function CriticalFindings(props: {
  findings: Finding[];
  base: string;
  canRecord: boolean;
  finding: { category: string; description: string };
  setFinding: (f: { category: string; description: string }) => void;
  run: (what: string, action: () => Promise<unknown>) => Promise<void>;
  error: ApiError | null;
  busy: boolean;
}) {
  const [comm, setComm] = useState({ to: '', method: 'telephone', readBack: true });
  const { findings, base, finding, setFinding, run } = props;
  return (
    <section aria-labelledby="critical-title">
      <h3 id="critical-title">Critical findings</h3>
      {findings.length === 0 ? <p>None recorded.</p> : null}
      <ul>
        {findings.map((f) => (
          <li key={f.id}>
            Category {f.category}: {f.description} (recorded {formatDateTime(f.recordedAt)} by {f.recordedBy})
            {f.communicatedAt ? (
              <p class="ok">
                Communicated to {f.communicatedTo} by {f.method} at {formatDateTime(f.communicatedAt)}
                {f.readBack ? ', read back' : ''}.
              </p>
            ) : (
              <form
                class="inline-form"
                aria-label={`Communication of critical finding ${f.description}`}
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  void run('Communication documented.', () =>
                    call(`${base}/critical-findings/${f.id}/communication`, {
                      method: 'POST',
                      body: { communicatedTo: comm.to, communicatedAt: new Date().toISOString(), method: comm.method, readBack: comm.readBack },
                    }),
                  );
                }}
              >
                <Field label="Communicated to" name="communicatedTo" value={comm.to} onInput={(v) => setComm({ ...comm, to: v })} error={props.error} />
                <Field label="Method" name="method" value={comm.method} onInput={(v) => setComm({ ...comm, method: v })} options={METHODS} error={props.error} />
                <label class="check">
                  <input type="checkbox" checked={comm.readBack} onChange={(e) => setComm({ ...comm, readBack: (e.target as HTMLInputElement).checked })} /> Read back
                </label>
                <button type="submit" disabled={props.busy}>
                  Document communication
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {props.canRecord ? (
        <form
          aria-label="New critical finding"
          class="inline-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void run('Critical finding recorded: document its communication.', async () => {
              await call(`${base}/critical-findings`, { method: 'POST', body: { category: Number(finding.category), description: finding.description } });
              setFinding({ category: '1', description: '' });
            });
          }}
        >
          <Field
            label="Category"
            name="category"
            value={finding.category}
            onInput={(v) => setFinding({ ...finding, category: v })}
            options={[
              ['1', '1: immediate'],
              ['2', '2: urgent'],
              ['3', '3: significant'],
            ]}
            error={props.error}
          />
          <Field label="Critical finding" name="description" value={finding.description} onInput={(v) => setFinding({ ...finding, description: v })} error={props.error} />
          <button type="submit" disabled={props.busy || !finding.description.trim()}>
            Record critical finding
          </button>
        </form>
      ) : null}
    </section>
  );
}
