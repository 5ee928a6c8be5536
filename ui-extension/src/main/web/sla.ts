// The countdown to a task's due time (Expected Completion DateTime) and its colour (SLA state).

export type SlaState = 'none' | 'on-track' | 'warning' | 'breached';

/** Warning when less than this share of the time from scheduling to due time is left, or less than 15 minutes. */
export const WARNING_SHARE = 0.25;
export const WARNING_MINUTES = 15;

export function slaState(dueAt: string | null | undefined, scheduledAt: string | null | undefined, nowMs: number): SlaState {
  if (!dueAt) return 'none';
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) return 'none';
  const left = due - nowMs;
  if (left <= 0) return 'breached';
  const start = scheduledAt ? Date.parse(scheduledAt) : NaN;
  const total = Number.isNaN(start) ? NaN : due - start;
  if (left < WARNING_MINUTES * 60_000) return 'warning';
  if (!Number.isNaN(total) && total > 0 && left < total * WARNING_SHARE) return 'warning';
  return 'on-track';
}

/** "1 h 05 min", "4 min 09 s", "overdue 12 min"; "no due time" without one. */
export function countdown(dueAt: string | null | undefined, nowMs: number): string {
  if (!dueAt) return 'no due time';
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) return 'no due time';
  const ms = due - nowMs;
  const text = duration(Math.abs(ms));
  return ms < 0 ? `overdue ${text}` : text;
}

export function duration(ms: number): string {
  const s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  if (d > 0) return `${d} d ${h} h`;
  if (h > 0) return `${h} h ${two(m)} min`;
  if (m > 0) return `${m} min ${two(sec)} s`;
  return `${sec} s`;
}

export const SLA_LABEL: Record<SlaState, string> = {
  none: 'no due time',
  'on-track': 'on track',
  warning: 'due soon',
  breached: 'overdue',
};

/** The DICOM UPS priority as radiologists say it. */
export function priorityLabel(p: string): string {
  switch (p) {
    case 'HIGH':
      return 'STAT';
    case 'MEDIUM':
      return 'Urgent';
    case 'LOW':
      return 'Routine';
    default:
      return p;
  }
}
