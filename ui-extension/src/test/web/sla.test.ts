import { describe, expect, it } from 'vitest';
import { countdown, duration, priorityLabel, slaState } from '../../main/web/sla';

const NOW = Date.parse('2026-11-28T01:00:00Z');

describe('countdown and SLA colour', () => {
  it('says "no due time" when the task has none', () => {
    expect(countdown(null, NOW)).toBe('no due time');
    expect(slaState(null, null, NOW)).toBe('none');
  });

  it('counts down in hours, minutes and seconds', () => {
    expect(countdown('2026-11-28T02:05:00Z', NOW)).toBe('1 h 05 min');
    expect(countdown('2026-11-28T01:04:09Z', NOW)).toBe('4 min 09 s');
    expect(duration(3 * 86_400_000 + 2 * 3_600_000)).toBe('3 d 2 h');
  });

  it('says how long a task is overdue', () => {
    expect(countdown('2026-11-28T00:48:00Z', NOW)).toBe('overdue 12 min 00 s');
    expect(slaState('2026-11-28T00:48:00Z', null, NOW)).toBe('breached');
  });

  it('warns in the last quarter of the time allowed or the last 15 minutes', () => {
    expect(slaState('2026-11-28T01:10:00Z', '2026-11-27T23:00:00Z', NOW)).toBe('warning');
    expect(slaState('2026-11-28T05:00:00Z', '2026-11-28T00:00:00Z', NOW)).toBe('on-track');
    expect(slaState('2026-11-28T01:50:00Z', '2026-11-27T20:00:00Z', NOW)).toBe('warning');
  });

  it('names priorities as radiologists do', () => {
    expect(priorityLabel('HIGH')).toBe('STAT');
    expect(priorityLabel('LOW')).toBe('Routine');
  });
});
