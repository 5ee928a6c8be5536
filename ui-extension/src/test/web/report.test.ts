import { describe, expect, it } from 'vitest';
import { cleaned } from '../../main/web/report';

describe('report draft', () => {
  it('sends sections left blank as not written', () => {
    expect(cleaned({ clinicalInformation: '  ', technique: 'CT without contrast', comparison: '', findings: null, impression: 'No bleed.' })).toEqual({
      clinicalInformation: null,
      technique: 'CT without contrast',
      comparison: null,
      findings: null,
      impression: 'No bleed.',
    });
  });
});
