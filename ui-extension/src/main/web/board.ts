// The board's figures, arranged for tables and charts.

export interface BoardCount {
  facility: string | null;
  priority: string;
  state: string;
  tasks: number;
}

export interface Pivot {
  rows: string[];
  columns: string[];
  cell: (row: string, column: string) => number;
  rowTotal: (row: string) => number;
  columnTotal: (column: string) => number;
  total: number;
}

const PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'];

/** Open tasks by facility (rows, "unknown" for tasks without a recognised facility) and priority (columns). */
export function byFacilityAndPriority(counts: readonly BoardCount[], state?: string): Pivot {
  const cells = new Map<string, number>();
  const rows = new Set<string>();
  let total = 0;
  for (const c of counts) {
    if (state && c.state !== state) continue;
    const row = c.facility ?? 'unknown';
    rows.add(row);
    const key = `${row}\u0000${c.priority}`;
    cells.set(key, (cells.get(key) ?? 0) + c.tasks);
    total += c.tasks;
  }
  const sortedRows = [...rows].sort((a, b) => (a === 'unknown' ? 1 : b === 'unknown' ? -1 : a.localeCompare(b)));
  const cell = (r: string, col: string) => cells.get(`${r}\u0000${col}`) ?? 0;
  return {
    rows: sortedRows,
    columns: PRIORITIES,
    cell,
    rowTotal: (r) => PRIORITIES.reduce((s, p) => s + cell(r, p), 0),
    columnTotal: (col) => sortedRows.reduce((s, r) => s + cell(r, col), 0),
    total,
  };
}

/** Open tasks per state. */
export function byState(counts: readonly BoardCount[]): Record<string, number> {
  const out: Record<string, number> = { SCHEDULED: 0, IN_PROGRESS: 0 };
  for (const c of counts) out[c.state] = (out[c.state] ?? 0) + c.tasks;
  return out;
}

/** The days [from, to) of the last `days` days ending today (UTC), as ISO dates, oldest first. */
export function lastDays(days: number, todayMs: number): { from: string; to: string; label: string }[] {
  const out = [];
  const day = 86_400_000;
  const today = Math.floor(todayMs / day) * day;
  for (let i = days - 1; i >= 0; i--) {
    const start = new Date(today - i * day).toISOString().slice(0, 10);
    out.push({ from: start, to: start, label: start.slice(5) });
  }
  return out;
}

/** Milliseconds as minutes with one decimal (null stays null). */
export function minutes(ms: number | null | undefined): number | null {
  return ms === null || ms === undefined ? null : Math.round(ms / 6000) / 10;
}
