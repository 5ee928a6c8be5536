// The radiologist's worklist: my tasks first by due time, with a live countdown coloured by SLA state.
import { useEffect, useRef, useState } from 'preact/hooks';
import { get, listen } from '../api';
import type { Session } from '../roles';
import { pathOf } from '../routes';
import { countdown, priorityLabel, SLA_LABEL, slaState } from '../sla';
import { ErrorBox, Link, Loading, personName, useAsync, useNow, usePageTitle } from '../ui/parts';
import { clockOffset, isMine, sortWorklist, type WorklistItem } from '../worklist';

export interface WorklistAnswer {
  now: string;
  items: WorklistItem[];
}

const POLL_MS = 30_000;

/** Reloads when the server says tasks changed (server-sent events), and every 30 s in any case. */
export function useLiveReload(reload: () => void): boolean {
  const [live, setLive] = useState(false);
  const reloadRef = useRef(reload);
  reloadRef.current = reload;
  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | null = null;
    const stop = listen(
      '/api/worklist/changes',
      (name) => {
        if (name !== 'tasks-changed') return;
        if (pending) return; // several changes at once: one reload
        pending = setTimeout(() => {
          pending = null;
          reloadRef.current();
        }, 300);
      },
      setLive,
    );
    const poll = setInterval(() => reloadRef.current(), POLL_MS);
    return () => {
      stop();
      clearInterval(poll);
      if (pending) clearTimeout(pending);
    };
  }, []);
  return live;
}

export function WorklistScreen({ session }: { session: Session }) {
  const focus = usePageTitle('Worklist');
  const list = useAsync(async (signal) => {
    const started = Date.now();
    const body = await get<WorklistAnswer>('/api/worklist?limit=500', signal);
    return { ...body, offset: clockOffset(body.now, (started + Date.now()) / 2) };
  }, []);
  const live = useLiveReload(list.reload);
  const now = useNow(1000) + (list.data?.offset ?? 0);
  const items = list.data ? sortWorklist(list.data.items, session.username) : [];
  const mine = items.filter((i) => isMine(i, session.username));

  return (
    <section aria-labelledby="worklist-title">
      <div class="title-row">
        <h1 id="worklist-title" tabIndex={-1} ref={focus}>
          Worklist
        </h1>
        <p class="live-state" role="status">
          {list.data ? `${items.length} open ${items.length === 1 ? 'task' : 'tasks'} · ` : ''}
          {live ? 'live updates on' : `refreshing every ${POLL_MS / 1000} s`}
        </p>
      </div>
      <ErrorBox error={list.error} what="The worklist could not be read" />
      {!list.data && list.loading ? <Loading what="the worklist" /> : null}
      {list.data ? (
        items.length === 0 ? (
          <p>No open tasks are assigned to you.</p>
        ) : (
          <div class="table-wrap">
            <table class="worklist">
              <caption>
                My worklist: {mine.length} of {items.length} open {items.length === 1 ? 'task' : 'tasks'} assigned to
                me, soonest due first
              </caption>
              <thead>
                <tr>
                  <th scope="col">Due in</th>
                  <th scope="col">Priority</th>
                  <th scope="col">Study</th>
                  <th scope="col">Patient</th>
                  <th scope="col">Facility</th>
                  <th scope="col">State</th>
                  <th scope="col">Why me</th>
                </tr>
              </thead>
              <tbody>
                {items.map((t) => (
                  <WorklistRow key={t.taskId} item={t} now={now} />
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </section>
  );
}

function WorklistRow({ item, now }: { item: WorklistItem; now: number }) {
  const sla = slaState(item.dueAt, item.scheduledAt, now);
  return (
    <tr class={sla === 'breached' ? 'row-breached' : undefined}>
      <td>
        <span class={`countdown sla-${sla}`}>
          <span class="sla-dot" aria-hidden="true" />
          {countdown(item.dueAt, now)}
          {sla !== 'none' ? <span class="visually-hidden">, {SLA_LABEL[sla]}</span> : null}
        </span>
      </td>
      <td>
        <span class={`priority p-${item.priority.toLowerCase()}`}>{priorityLabel(item.priority)}</span>
      </td>
      <th scope="row">
        <Link href={pathOf({ name: 'task', taskId: item.taskId })}>
          {item.studyDescription || 'Study without description'}
        </Link>
        <div class="sub">
          {[item.modality, item.bodyPart, item.readType === 'PRELIMINARY' ? 'preliminary read' : null]
            .filter(Boolean)
            .join(' · ')}
        </div>
      </th>
      <td>{personName(item.patientName)}</td>
      <td>{item.facilityCode ?? '—'}</td>
      <td>
        {stateLabel(item.state)}
        {item.cancellationRequested ? <div class="sub warn">cancellation requested</div> : null}
      </td>
      <td class="reason">{item.routingReason ?? '—'}</td>
    </tr>
  );
}

export function stateLabel(state: string): string {
  switch (state) {
    case 'SCHEDULED':
      return 'Scheduled';
    case 'IN_PROGRESS':
      return 'In progress';
    case 'COMPLETED':
      return 'Completed';
    case 'CANCELED':
      return 'Canceled';
    default:
      return state;
  }
}
