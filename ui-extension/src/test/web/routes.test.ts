import { describe, expect, it } from 'vitest';
import { parseRoute, pathOf } from '../../main/web/routes';

describe('routes', () => {
  it('opens a study by its Study Instance UID, dots and all', () => {
    expect(parseRoute('/telerad/studies/1.2.840.113619.2.55.3')).toEqual({ name: 'study', studyUid: '1.2.840.113619.2.55.3' });
  });

  it('opens a task by its workitem UID and ignores a trailing slash', () => {
    expect(parseRoute('/telerad/tasks/2.25.1234/')).toEqual({ name: 'task', taskId: '2.25.1234' });
  });

  it('refuses what is not a UID where a UID belongs', () => {
    expect(parseRoute('/telerad/tasks/abc').name).toBe('not-found');
    expect(parseRoute('/telerad/studies/1.2/x').name).toBe('not-found');
    expect(parseRoute('/telerad/tasks/%E0%A4%A').name).toBe('not-found');
  });

  it('knows the root, the registry pages and the login callback', () => {
    expect(parseRoute('/telerad/').name).toBe('home');
    expect(parseRoute('/telerad').name).toBe('home');
    expect(parseRoute('/telerad/registry').name).toBe('radiologists');
    expect(parseRoute('/telerad/registry/expiring').name).toBe('expiring');
    expect(parseRoute('/telerad/registry/radiologists/0b9c')).toEqual({ name: 'radiologist', id: '0b9c' });
    expect(parseRoute('/telerad/callback').name).toBe('callback');
  });

  it('turns every route back into the path it came from', () => {
    for (const p of ['/telerad/worklist', '/telerad/tasks/2.25.9', '/telerad/studies/1.2.3', '/telerad/registry/facilities', '/telerad/board', '/telerad/audit']) {
      expect(pathOf(parseRoute(p))).toBe(p);
    }
  });
});
