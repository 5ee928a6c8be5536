import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorOf, fieldMatches, problemOf } from '../../main/web/problem';

describe('API problems', () => {
  it('keeps the code, the sentence and every field message', () => {
    const e = problemOf(400, {
      title: 'Bad Request',
      status: 400,
      detail: 'The license is not valid.',
      code: 'TELERAD-REGISTRY-001',
      errors: [{ field: '/jurisdiction', message: 'unknown ISO 3166 code' }, { field: '/name/family', message: 'required' }],
    });
    expect(e.status).toBe(400);
    expect(e.code).toBe('TELERAD-REGISTRY-001');
    expect(e.message).toBe('The license is not valid.');
    expect(e.fieldMessage('jurisdiction')).toBe('unknown ISO 3166 code');
    expect(e.fieldMessage('name.family')).toBe('required');
    expect(e.fieldMessage('number')).toBeUndefined();
  });

  it('matches JSON pointers into lists to the list field', () => {
    expect(fieldMatches('/identifiers/0/value', 'identifiers')).toBe(true);
    expect(fieldMatches('/targets/1/target', 'targets.1.target')).toBe(true);
    expect(fieldMatches('/name', 'username')).toBe(false);
  });

  it('falls back to the status when the body is not a problem', () => {
    expect(problemOf(502, '<html>', 'Bad Gateway').message).toBe('Bad Gateway');
    expect(problemOf(500, undefined).message).toBe('HTTP 500');
  });

  it('passes an ApiError through and wraps anything else thrown as status 0', () => {
    const e = new ApiError(409, 'TELERAD-REGISTRY-020', 'taken');
    expect(apiErrorOf(e)).toBe(e);
    const wrapped = apiErrorOf(new TypeError('Failed to fetch'));
    expect(wrapped.status).toBe(0);
    expect(wrapped.code).toBeUndefined();
    expect(wrapped.message).toBe('TypeError: Failed to fetch');
  });
});
