// One reading task: details, claim / release / complete, viewer link, priors, the routing explanation, the report.
import { useState } from 'preact/hooks';
import { call, get, query } from '../api';
import { ApiError } from '../problem';
import { can, type Session } from '../roles';
import { pathOf } from '../routes';
import { countdown, priorityLabel, SLA_LABEL, slaState } from '../sla';
import {
  ErrorBox,
  Field,
  formatDateTime,
  formatDicomDate,
  Link,
  Loading,
  Notice,
  personName,
  useAsync,
  useNow,
  usePageTitle,
} from '../ui/parts';
import { transactionUid, type WorklistItem } from '../worklist';
import { ReportPanel } from './Report';
import { stateLabel, useLiveReload, type WorklistAnswer } from './Worklist';

interface Prior {
  studyInstanceUid: string;
  studyDate: string | null;
  description: string | null;
  modalities: string[] | null;
  archive: string;
  state: string;
  reason: string | null;
}

interface Explanation {
  outcome: string;
  summary: string;
  decidedAt: string;
  facility?: { code: string | null; jurisdiction: string | null };
  assignee?: { name: string; username: string | null; readType: string | null };
  unroutable?: { reason: string; explanation: string };
  candidates: {
    name: string;
    username: string | null;
    winner: boolean;
    openEffort: number;
    licensedIn: string;
    reason: string;
    score: { workload: number; urgency: number; continuity: number; total: number };
  }[];
  excluded: { sentence: string; because: { rule: string; reason: string }[]; radiologists: { name: string }[] }[];
  excludedCount: number;
  notes: string[];
  needs: { subspecialty: string; because: string }[];
}

interface Viewer {
  url: string;
}

/** The UPS state change (PS3.18 11.7) as DICOM JSON. */
function stateChange(state: 'IN PROGRESS' | 'COMPLETED' | 'CANCELED', txUid: string): string {
  return JSON.stringify({
    '00741000': { vr: 'CS', Value: [state] },
    '00081195': { vr: 'UI', Value: [txUid] },
  });
}

export function StudyScreen({ session, studyUid }: { session: Session; studyUid: string }) {
  const tasks = useAsync((signal) => get<WorklistAnswer>(`/api/worklist${query({ study: studyUid, limit: 20 })}`, signal), [studyUid]);
  const focus = usePageTitle('Study');
  const items = (tasks.data?.items ?? []).filter((t) => t.studyInstanceUid === studyUid);
  if (tasks.data && items.length === 1) return <TaskScreen session={session} taskId={items[0].taskId} />;
  return (
    <section aria-labelledby="study-title">
      <h1 id="study-title" tabIndex={-1} ref={focus}>
        Study {studyUid}
      </h1>
      <ErrorBox error={tasks.error} what="The study's tasks could not be read" />
      {tasks.loading && !tasks.data ? <Loading what="the study's tasks" /> : null}
      {tasks.data && items.length === 0 ? <p>No reading task of this study is visible to you.</p> : null}
      {items.length > 1 ? (
        <ul>
          {items.map((t) => (
            <li key={t.taskId}>
              <Link href={pathOf({ name: 'task', taskId: t.taskId })}>
                {t.readType === 'PRELIMINARY' ? 'Preliminary read' : 'Final read'} — {stateLabel(t.state)}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export function TaskScreen({ session, taskId }: { session: Session; taskId: string }) {
  const task = useAsync((signal) => get<WorklistItem>(`/api/worklist/${encodeURIComponent(taskId)}`, signal), [taskId]);
  useLiveReload(task.reload);
  const t = task.data;
  const focus = usePageTitle(t?.studyDescription ? `Task: ${t.studyDescription}` : 'Task');
  const now = useNow(1000);
  const c = can(session);
  const mine = !!t && (t.performerUsername === session.username || t.claimedBy === session.username);

  return (
    <section aria-labelledby="task-title" class="task">
      <p class="crumbs">
        {c.readWorklist ? <Link href={pathOf({ name: 'worklist' })}>Back to the worklist</Link> : null}
        {!c.readWorklist && c.seeBoard ? <Link href={pathOf({ name: 'board' })}>Back to the board</Link> : null}
      </p>
      <h1 id="task-title" tabIndex={-1} ref={focus}>
        {t ? t.studyDescription || 'Study without description' : 'Reading task'}
      </h1>
      <ErrorBox error={task.error} what="The task could not be read" />
      {!t && task.loading ? <Loading what="the task" /> : null}
      {t ? (
        <>
          <dl class="facts">
            <div>
              <dt>Due</dt>
              {t.state === 'COMPLETED' || t.state === 'CANCELED' ? (
                <dd>{t.dueAt ? formatDateTime(t.dueAt) : 'no due time'}</dd>
              ) : (
                <dd class={`sla-${slaState(t.dueAt, t.scheduledAt, now)}`}>
                  {countdown(t.dueAt, now)}
                  {t.dueAt ? ` (${formatDateTime(t.dueAt)}, ${SLA_LABEL[slaState(t.dueAt, t.scheduledAt, now)]})` : ''}
                </dd>
              )}
            </div>
            <div>
              <dt>Priority</dt>
              <dd>{priorityLabel(t.priority)}</dd>
            </div>
            <div>
              <dt>State</dt>
              <dd>{stateLabel(t.state)}</dd>
            </div>
            <div>
              <dt>Patient</dt>
              <dd>
                {personName(t.patientName)}
                {t.patientId ? ` (${t.patientId})` : ''}
              </dd>
            </div>
            <div>
              <dt>Facility</dt>
              <dd>{t.facilityCode ?? '—'}</dd>
            </div>
            <div>
              <dt>Modality</dt>
              <dd>{[t.modality, t.bodyPart].filter(Boolean).join(' · ') || '—'}</dd>
            </div>
            <div>
              <dt>Accession</dt>
              <dd>{t.accessionNumber ?? '—'}</dd>
            </div>
            <div>
              <dt>Read</dt>
              <dd>{t.readType === 'PRELIMINARY' ? 'Preliminary' : 'Final'}</dd>
            </div>
            <div>
              <dt>Assigned to</dt>
              <dd>{t.performerName ? personName(t.performerName) : (t.performerUsername ?? 'nobody')}</dd>
            </div>
            <div>
              <dt>Study Instance UID</dt>
              <dd class="uid">{t.studyInstanceUid}</dd>
            </div>
          </dl>
          <TaskActions session={session} task={t} mine={mine} onChanged={task.reload} />
          <Priors taskId={t.taskId} />
          <RoutingExplanation taskId={t.taskId} />
          {c.claimAndReport && mine ? <ReportPanel session={session} task={t} onChanged={task.reload} /> : null}
        </>
      ) : null}
    </section>
  );
}

function TaskActions({ session, task, mine, onChanged }: { session: Session; task: WorklistItem; mine: boolean; onChanged: () => void }) {
  const c = can(session);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [releasing, setReleasing] = useState(false);
  const [reason, setReason] = useState('');
  const viewer = useAsync(
    (signal) => get<Viewer>(`/api/tasks/${encodeURIComponent(task.taskId)}/viewer`, signal).catch(() => null),
    [task.taskId],
  );

  const run = async (what: string, action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await action();
      setDone(what);
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const changeState = async (state: 'IN PROGRESS' | 'COMPLETED') => {
    const tx = await transactionUid(session.username, task.taskId);
    await call(`/rs/workitems/${encodeURIComponent(task.taskId)}/state`, {
      method: 'PUT',
      body: stateChange(state, tx),
      contentType: 'application/dicom+json',
      accept: 'application/dicom+json, application/problem+json',
    });
  };

  const canClaim = c.claimAndReport && task.state === 'SCHEDULED' && task.performerUsername === session.username;
  const canRelease =
    task.state === 'SCHEDULED' && !!task.performerUsername && (task.performerUsername === session.username || c.releaseAnyTask);
  const reasonRequired = task.performerUsername !== session.username;
  const viewerUrl = viewer.data?.url;

  return (
    <div class="actions" role="group" aria-label="Task actions">
      {viewerUrl ? (
        <a class="button" href={viewerUrl} target="_blank" rel="noopener noreferrer">
          Open in viewer<span class="visually-hidden"> (opens a new window)</span>
        </a>
      ) : null}
      {canClaim ? (
        <button type="button" disabled={busy} onClick={() => void run('Claimed: the task is yours to read.', () => changeState('IN PROGRESS'))}>
          Claim
        </button>
      ) : null}
      {canRelease && !releasing ? (
        <button type="button" class="secondary" disabled={busy} onClick={() => setReleasing(true)}>
          Release
        </button>
      ) : null}
      {releasing ? (
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run('Released: the task was routed again.', async () => {
              await call(`/api/tasks/${encodeURIComponent(task.taskId)}/release`, {
                method: 'POST',
                body: reason.trim() ? { reason: reason.trim() } : {},
              });
              setReleasing(false);
            });
          }}
        >
          <Field
            label={reasonRequired ? 'Reason for releasing' : 'Reason for releasing (optional)'}
            name="reason"
            value={reason}
            onInput={setReason}
            required={reasonRequired}
            error={error instanceof ApiError ? error : null}
          />
          <button type="submit" disabled={busy}>
            Confirm release
          </button>
          <button type="button" class="secondary" onClick={() => setReleasing(false)}>
            Cancel
          </button>
        </form>
      ) : null}
      {mine && task.state === 'IN_PROGRESS' && c.claimAndReport ? (
        <CompleteWithoutReport busy={busy} onComplete={() => void run('Completed.', () => changeState('COMPLETED'))} />
      ) : null}
      {done ? <Notice>{done}</Notice> : null}
      <ErrorBox error={error} what="The action failed" />
    </div>
  );
}

/** Until the reporting API answers, a claimed task is finished by completing it. */
function CompleteWithoutReport({ busy, onComplete }: { busy: boolean; onComplete: () => void }) {
  const reporting = useAsync((signal) => get<unknown>('/api/report-templates', signal).then(() => true, () => false), []);
  if (reporting.loading || reporting.data) return null;
  return (
    <button type="button" disabled={busy} onClick={onComplete}>
      Complete
    </button>
  );
}

function Priors({ taskId }: { taskId: string }) {
  const priors = useAsync((signal) => get<{ items: Prior[] }>(`/api/tasks/${encodeURIComponent(taskId)}/priors`, signal), [taskId]);
  return (
    <section aria-labelledby="priors-title" class="panel">
      <h2 id="priors-title">Priors</h2>
      <ErrorBox error={priors.error} what="The priors could not be read" />
      {priors.loading && !priors.data ? <Loading what="priors" /> : null}
      {priors.data && priors.data.items.length === 0 ? <p>No earlier studies of this patient were found.</p> : null}
      {priors.data && priors.data.items.length > 0 ? (
        <table>
          <caption class="visually-hidden">Earlier studies of this patient</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Description</th>
              <th scope="col">Modalities</th>
              <th scope="col">Availability</th>
            </tr>
          </thead>
          <tbody>
            {priors.data.items.map((p) => (
              <tr key={p.studyInstanceUid}>
                <td>{formatDicomDate(p.studyDate)}</td>
                <td>{p.description ?? '—'}</td>
                <td>{(p.modalities ?? []).join(', ') || '—'}</td>
                <td>
                  {p.state.toLowerCase()}
                  {p.reason ? <div class="sub">{p.reason}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function RoutingExplanation({ taskId }: { taskId: string }) {
  const doc = useAsync((signal) => get<Explanation>(`/api/tasks/${encodeURIComponent(taskId)}/routing`, signal), [taskId]);
  const d = doc.data;
  return (
    <section aria-labelledby="routing-title" class="panel">
      <h2 id="routing-title">Why this radiologist</h2>
      {doc.error instanceof ApiError && doc.error.status === 404 ? <p>This task has not been routed yet.</p> : null}
      {doc.error instanceof ApiError && doc.error.status === 403 ? <p>How this task was routed is shown to its reader and to admins only.</p> : null}
      {doc.error instanceof ApiError && (doc.error.status === 404 || doc.error.status === 403) ? null : (
        <ErrorBox error={doc.error} what="The routing explanation could not be read" />
      )}
      {doc.loading && !d ? <Loading what="the routing explanation" /> : null}
      {d ? (
        <>
          <p class="summary">{d.summary}</p>
          <p class="sub">Decided {formatDateTime(d.decidedAt)}</p>
          {d.needs?.length ? (
            <ul>
              {d.needs.map((n) => (
                <li key={n.subspecialty}>
                  Needs {n.subspecialty}: {n.because}
                </li>
              ))}
            </ul>
          ) : null}
          {d.candidates?.length ? (
            <table>
              <caption>Eligible radiologists, best score first</caption>
              <thead>
                <tr>
                  <th scope="col">Radiologist</th>
                  <th scope="col">Licensed in</th>
                  <th scope="col">Open work</th>
                  <th scope="col">Score</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {d.candidates.map((c) => (
                  <tr key={c.username ?? c.name}>
                    <th scope="row">
                      {c.name}
                      {c.winner ? <span class="badge">chosen</span> : null}
                    </th>
                    <td>{c.licensedIn}</td>
                    <td>{c.openEffort}</td>
                    <td>{c.score.total.toFixed(2)}</td>
                    <td>{c.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {d.excluded?.length ? (
            <details>
              <summary>Why not the others ({d.excludedCount} excluded)</summary>
              <ul class="excluded">
                {d.excluded.map((g, i) => (
                  <li key={i}>{g.sentence}</li>
                ))}
              </ul>
            </details>
          ) : null}
          {d.notes?.length ? (
            <ul class="notes">
              {d.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
