// The operations board: open work by facility, priority and state; at risk; unroutable; load; turnaround charts.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { get, query, type Page } from '../api';
import { byFacilityAndPriority, byState, lastDays, minutes, type BoardCount } from '../board';
import { ApiError } from '../problem';
import type { Session } from '../roles';
import { pathOf } from '../routes';
import { countdown, priorityLabel, slaState } from '../sla';
import type { Series } from '../ui/LineChart';
import { ErrorBox, formatDateTime, Link, Loading, personName, useAsync, useNow, usePageTitle } from '../ui/parts';
import { useLiveReload } from './Worklist';

interface Board {
  now: string;
  riskUntil: string;
  counts: BoardCount[];
  atRisk: { taskId: string; facility: string | null; priority: string; modality: string | null; state: string; dueAt: string; performerUsername: string | null; performerName: string | null }[];
  load: { username: string; name: string | null; scheduled: number; inProgress: number; effort: number }[];
}

interface Unroutable {
  task: string;
  facility: string | null;
  reason: string;
  scheduledAt: string;
  unroutableSince: string | null;
}

interface Figures {
  value: string | null;
  tasks: number;
  completed: number;
  shareWithinTarget: number | null;
  breached: number;
  p50Ms: number | null;
  p90Ms: number | null;
}

interface Turnaround {
  overall: Figures;
  byPriority: Figures[];
}

const REASONS: Record<string, string> = {
  'no-facility': 'facility not recognised',
  'study-incomplete': 'study incomplete',
  'no-eligible-reader': 'nobody licensed and privileged',
  'no-available-reader': 'nobody available (shift or capacity)',
  residency: 'data residency forbids every reader',
  'awaiting-routing': 'awaiting routing',
};

export function BoardScreen({ session }: { session: Session }) {
  const focus = usePageTitle('Operations board');
  const board = useAsync((signal) => get<Board>('/api/board', signal), []);
  const unroutable = useAsync((signal) => get<Page<Unroutable>>('/api/tasks/unroutable?size=100', signal), []);
  const reloadAll = useMemo(
    () => () => {
      board.reload();
      unroutable.reload();
    },
    [board.reload, unroutable.reload],
  );
  useLiveReload(reloadAll);
  const now = useNow(1000);
  const b = board.data;
  const pivot = b ? byFacilityAndPriority(b.counts) : null;
  const states = b ? byState(b.counts) : null;
  const scheduled = b ? byFacilityAndPriority(b.counts, 'SCHEDULED') : null;
  const inProgress = b ? byFacilityAndPriority(b.counts, 'IN_PROGRESS') : null;

  return (
    <section aria-labelledby="board-title">
      <h1 id="board-title" tabIndex={-1} ref={focus}>
        Operations board
      </h1>
      {session.facilities.length ? <p class="sub">Your facilities: {session.facilities.join(', ')}</p> : null}
      <ErrorBox error={board.error} what="The board could not be read" />
      {board.loading && !b ? <Loading what="the board" /> : null}
      {b && pivot && states ? (
        <>
          <div class="tiles" role="list" aria-label="Open tasks">
            <div role="listitem" class="tile">
              <span class="tile-value">{pivot.total}</span> open tasks
            </div>
            <div role="listitem" class="tile">
              <span class="tile-value">{states.SCHEDULED ?? 0}</span> scheduled
            </div>
            <div role="listitem" class="tile">
              <span class="tile-value">{states.IN_PROGRESS ?? 0}</span> in progress
            </div>
            <div role="listitem" class="tile warn">
              <span class="tile-value">{b.atRisk.length}</span> at risk
            </div>
            <div role="listitem" class="tile">
              <span class="tile-value">{unroutable.data?.total ?? '…'}</span> unroutable
            </div>
          </div>
          <section aria-labelledby="open-title" class="panel">
            <h2 id="open-title">Open tasks by facility, priority and state</h2>
            <table>
              <caption class="visually-hidden">Open tasks by facility, priority and state</caption>
              <thead>
                <tr>
                  <th scope="col">Facility</th>
                  {pivot.columns.map((c) => (
                    <th scope="col" key={c}>
                      {priorityLabel(c)}
                    </th>
                  ))}
                  <th scope="col">Total</th>
                  <th scope="col">Scheduled</th>
                  <th scope="col">In progress</th>
                </tr>
              </thead>
              <tbody>
                {pivot.rows.map((r) => (
                  <tr key={r}>
                    <th scope="row">{r}</th>
                    {pivot.columns.map((c) => (
                      <td key={c}>{pivot.cell(r, c)}</td>
                    ))}
                    <td>{pivot.rowTotal(r)}</td>
                    <td>{scheduled!.rowTotal(r)}</td>
                    <td>{inProgress!.rowTotal(r)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">All</th>
                  {pivot.columns.map((c) => (
                    <td key={c}>{pivot.columnTotal(c)}</td>
                  ))}
                  <td>{pivot.total}</td>
                  <td>{scheduled!.total}</td>
                  <td>{inProgress!.total}</td>
                </tr>
              </tfoot>
            </table>
          </section>
          <section aria-labelledby="risk-title" class="panel">
            <h2 id="risk-title">At risk of breach (due by {formatDateTime(b.riskUntil)} or overdue)</h2>
            {b.atRisk.length === 0 ? (
              <p>No open task is due soon.</p>
            ) : (
              <table>
                <caption class="visually-hidden">Tasks at risk of breach</caption>
                <thead>
                  <tr>
                    <th scope="col">Due in</th>
                    <th scope="col">Task</th>
                    <th scope="col">Priority</th>
                    <th scope="col">Facility</th>
                    <th scope="col">State</th>
                    <th scope="col">Radiologist</th>
                  </tr>
                </thead>
                <tbody>
                  {b.atRisk.map((t) => (
                    <tr key={t.taskId}>
                      <td class={`sla-${slaState(t.dueAt, null, now)}`}>{countdown(t.dueAt, now)}</td>
                      <th scope="row">
                        <Link href={pathOf({ name: 'task', taskId: t.taskId })}>{t.modality ?? 'Task'} {t.taskId.slice(-8)}</Link>
                      </th>
                      <td>{priorityLabel(t.priority)}</td>
                      <td>{t.facility ?? '—'}</td>
                      <td>{t.state === 'IN_PROGRESS' ? 'in progress' : 'scheduled'}</td>
                      <td>{t.performerName ?? t.performerUsername ?? 'nobody'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="unroutable-title" class="panel">
            <h2 id="unroutable-title">Unroutable tasks</h2>
            <ErrorBox error={unroutable.error} what="The unroutable queue could not be read" />
            {unroutable.data && unroutable.data.items.length === 0 ? <p>Every task has a reader.</p> : null}
            {unroutable.data && unroutable.data.items.length > 0 ? (
              <table>
                <caption class="visually-hidden">Unroutable tasks, oldest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Task</th>
                    <th scope="col">Facility</th>
                    <th scope="col">Reason</th>
                    <th scope="col">Waiting since</th>
                  </tr>
                </thead>
                <tbody>
                  {unroutable.data.items.map((u) => (
                    <tr key={u.task}>
                      <th scope="row">
                        <Link href={pathOf({ name: 'task', taskId: u.task })}>Task {u.task.slice(-8)}</Link>
                      </th>
                      <td>{u.facility ?? 'unknown'}</td>
                      <td>{REASONS[u.reason] ?? u.reason}</td>
                      <td>{formatDateTime(u.unroutableSince ?? u.scheduledAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </section>
          <section aria-labelledby="load-title" class="panel">
            <h2 id="load-title">Radiologist load</h2>
            {b.load.length === 0 ? (
              <p>No radiologist has open tasks.</p>
            ) : (
              <table>
                <caption class="visually-hidden">Open tasks per radiologist</caption>
                <thead>
                  <tr>
                    <th scope="col">Radiologist</th>
                    <th scope="col">Scheduled</th>
                    <th scope="col">In progress</th>
                    <th scope="col">Open effort</th>
                  </tr>
                </thead>
                <tbody>
                  {b.load.map((l) => (
                    <tr key={l.username}>
                      <th scope="row">{l.name ? personName(l.name) : l.username}</th>
                      <td>{l.scheduled}</td>
                      <td>{l.inProgress}</td>
                      <td>{l.effort.toFixed(1)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <TurnaroundCharts facilities={pivot.rows.filter((r) => r !== 'unknown')} />
        </>
      ) : null}
    </section>
  );
}

const PRIORITY_COLORS: Record<string, string> = { HIGH: '#b42318', MEDIUM: '#9a5b00', LOW: '#1f5fa8' };
const DAYS = 7;

/** The chart code (uPlot) loads with the board only, not with the worklist. */
function useCharts(): typeof import('../ui/LineChart') | null {
  const [mod, setMod] = useState<typeof import('../ui/LineChart') | null>(null);
  useEffect(() => {
    void import('../ui/LineChart').then(setMod);
  }, []);
  return mod;
}

function TurnaroundCharts({ facilities }: { facilities: string[] }) {
  const charts = useCharts();
  const days = useMemo(() => lastDays(DAYS, Date.now()), []);
  const daily = useAsync(
    (signal) => Promise.all(days.map((d) => get<Turnaround>(`/api/sla/turnaround${query({ from: d.from, to: d.to })}`, signal))),
    [days],
  );
  const facilityKey = facilities.join(',');
  const perFacility = useAsync(
    (signal) =>
      Promise.all(facilities.map((f) => get<Turnaround>(`/api/sla/turnaround${query({ facility: f })}`, signal).then((t) => [f, t] as const))),
    [facilityKey],
  );
  const series: Series[] = useMemo(() => {
    if (!daily.data) return [];
    const out: Series[] = [];
    for (const p of ['HIGH', 'MEDIUM', 'LOW']) {
      const fig = (i: number) => daily.data![i].byPriority.find((f) => f.value === p || f.value === priorityName(p));
      out.push({ label: `${priorityLabel(p)} p50`, color: PRIORITY_COLORS[p], values: days.map((_, i) => minutes(fig(i)?.p50Ms)) });
      out.push({ label: `${priorityLabel(p)} p90`, color: PRIORITY_COLORS[p], dash: [6, 4], values: days.map((_, i) => minutes(fig(i)?.p90Ms)) });
    }
    return out;
  }, [daily.data, days]);

  if (daily.error instanceof ApiError && daily.error.status === 404) return null; // SLA reports not deployed
  return (
    <section aria-labelledby="tat-title" class="panel">
      <h2 id="tat-title">Turnaround</h2>
      <ErrorBox error={daily.error} what="Turnaround figures could not be read" />
      {daily.loading && !daily.data ? <Loading what="turnaround figures" /> : null}
      {daily.data && charts ? (
        <charts.LineChart title={`Turnaround p50 and p90 per priority, last ${DAYS} days`} xLabels={days.map((d) => d.label)} series={series} unit="minutes" />
      ) : null}
      {perFacility.data && charts ? (
        <charts.Bars
          title="Share of tasks read within target per facility, last 30 days"
          max={1}
          items={perFacility.data.map(([f, t]) => {
            const share = t.overall.shareWithinTarget;
            const known = typeof share === 'number' && Number.isFinite(share) && t.overall.completed > 0;
            return {
              label: f,
              value: known ? share : null,
              text: known ? `${Math.round(share * 100)} % of ${t.overall.completed} within target` : 'no completed tasks',
            };
          })}
        />
      ) : null}
    </section>
  );
}

/** The SLA module names priorities STAT / URGENT / ROUTINE; the worklist uses the UPS names. */
function priorityName(p: string): string {
  return p === 'HIGH' ? 'STAT' : p === 'MEDIUM' ? 'URGENT' : 'ROUTINE';
}
