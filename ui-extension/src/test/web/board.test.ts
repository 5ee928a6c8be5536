import { describe, expect, it } from 'vitest';
import { byFacilityAndPriority, byState, lastDays, minutes } from '../../main/web/board';

const counts = [
  { facility: 'tx-dallas', priority: 'HIGH', state: 'SCHEDULED', tasks: 2 },
  { facility: 'tx-dallas', priority: 'HIGH', state: 'IN_PROGRESS', tasks: 1 },
  { facility: 'tx-dallas', priority: 'LOW', state: 'SCHEDULED', tasks: 4 },
  { facility: null, priority: 'MEDIUM', state: 'SCHEDULED', tasks: 1 },
  { facility: 'ca-sacramento', priority: 'LOW', state: 'SCHEDULED', tasks: 3 },
];

describe('board figures', () => {
  it('pivots open tasks by facility and priority with totals, unknown facility last', () => {
    const p = byFacilityAndPriority(counts);
    expect(p.rows).toEqual(['ca-sacramento', 'tx-dallas', 'unknown']);
    expect(p.cell('tx-dallas', 'HIGH')).toBe(3);
    expect(p.rowTotal('tx-dallas')).toBe(7);
    expect(p.columnTotal('LOW')).toBe(7);
    expect(p.total).toBe(11);
    expect(byFacilityAndPriority(counts, 'IN_PROGRESS').total).toBe(1);
  });

  it('counts per state', () => {
    expect(byState(counts)).toEqual({ SCHEDULED: 10, IN_PROGRESS: 1 });
  });

  it('lists the last days oldest first and turns milliseconds into minutes', () => {
    const days = lastDays(3, Date.parse('2026-11-28T13:00:00Z'));
    expect(days.map((d) => d.from)).toEqual(['2026-11-26', '2026-11-27', '2026-11-28']);
    expect(minutes(90_000)).toBe(1.5);
    expect(minutes(null)).toBeNull();
  });
});
