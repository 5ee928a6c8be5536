import { describe, expect, it } from 'vitest';
import { eventName } from '../../main/web/sse';

describe('server-sent events', () => {
  it('names an event by its event field, or "message" for unnamed data, and skips comments', () => {
    expect(eventName('event: tasks-changed\ndata: {}')).toBe('tasks-changed');
    expect(eventName('data: {}')).toBe('message');
    expect(eventName(': keep-alive')).toBeNull();
    expect(eventName('event:ready\r\ndata:{}')).toBe('ready');
  });
});
