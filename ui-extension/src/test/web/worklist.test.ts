import { describe, expect, it } from 'vitest';
import { clockOffset, sortWorklist, transactionUid, type WorklistItem } from '../../main/web/worklist';

function item(taskId: string, over: Partial<WorklistItem>): WorklistItem {
  return {
    taskId, studyInstanceUid: `1.${taskId}`, accessionNumber: null, patientName: null, patientId: null, priority: 'LOW',
    facilityCode: 'tx-dallas', modality: 'CT', bodyPart: null, studyDescription: null, state: 'SCHEDULED', readType: 'FINAL',
    dueAt: null, scheduledAt: '2026-11-28T00:00:00Z', performerUsername: 'rad-tx', performerName: null, claimedBy: null,
    cancellationRequested: false, routingReason: null, routingOutcome: null, ...over,
  };
}

describe('worklist order', () => {
  it('puts my tasks first, then the soonest due, then STAT before routine, and tasks without due time last', () => {
    const sorted = sortWorklist(
      [
        item('1', { dueAt: null, priority: 'HIGH' }),
        item('2', { dueAt: '2026-11-28T03:00:00Z' }),
        item('3', { dueAt: '2026-11-28T02:00:00Z', priority: 'LOW' }),
        item('4', { dueAt: '2026-11-28T02:00:00Z', priority: 'HIGH' }),
        item('5', { dueAt: '2026-11-28T01:00:00Z', performerUsername: 'rad-ca' }),
      ],
      'rad-tx',
    );
    expect(sorted.map((i) => i.taskId)).toEqual(['4', '3', '2', '1', '5']);
  });

  it('counts a task I claimed as mine', () => {
    const sorted = sortWorklist([item('1', { performerUsername: 'x', dueAt: '2026-11-28T01:00:00Z' }), item('2', { performerUsername: 'x', claimedBy: 'rad-tx' })], 'rad-tx');
    expect(sorted[0].taskId).toBe('2');
  });
});

describe('server clock', () => {
  it('measures how far the browser clock is from the server', () => {
    expect(clockOffset('2026-11-28T01:00:05Z', Date.parse('2026-11-28T01:00:00Z'))).toBe(5000);
    expect(clockOffset(undefined, 1)).toBe(0);
  });
});

describe('claim transaction UID', () => {
  it('is a valid 2.25 UID, the same for the same reader and task, different for another reader', async () => {
    const a = await transactionUid('rad-tx', '2.25.1');
    expect(a).toMatch(/^2\.25\.[1-9][0-9]*$/);
    expect(a.length).toBeLessThanOrEqual(64);
    expect(await transactionUid('rad-tx', '2.25.1')).toBe(a);
    expect(await transactionUid('rad-ca', '2.25.1')).not.toBe(a);
  });
});
