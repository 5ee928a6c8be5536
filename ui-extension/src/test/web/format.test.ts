import { describe, expect, it } from 'vitest';
import { formatDicomDate, personName } from '../../main/web/format';

describe('DICOM values for people', () => {
  it('reads a person name in the order people say it', () => {
    expect(personName('Doe^Jane^Q^Dr')).toBe('Dr Jane Q Doe');
    expect(personName('Doe^Jane=ドウ^ジェーン')).toBe('Jane Doe');
    expect(personName(null)).toBe('—');
  });

  it('writes a DICOM date as an ISO date', () => {
    expect(formatDicomDate('20261128')).toBe('2026-11-28');
    expect(formatDicomDate(null)).toBe('—');
  });
});

describe('ISO durations for people', () => {
  it('says contract targets in days, hours and minutes', async () => {
    const { isoDuration } = await import('../../main/web/format');
    expect(isoDuration('PT30M')).toBe('30 min');
    expect(isoDuration('PT24H')).toBe('24 h');
    expect(isoDuration('P28D')).toBe('28 d');
    expect(isoDuration('PT1H30M')).toBe('1 h 30 min');
    expect(isoDuration('PT672H')).toBe('672 h');
    expect(isoDuration('nonsense')).toBe('nonsense');
  });
});
