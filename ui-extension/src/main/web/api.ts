// Calls to Telerad's APIs with the bearer token (never in URLs); problem+json errors become ApiError.
import { accessToken, signIn } from './auth';
import { ApiError, problemOf } from './problem';
import { BASE } from './routes';
import { eventName } from './sse';

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface Answer<T> {
  body: T;
  etag: string | null;
  receivedAt: number;
}

type Json = Record<string, unknown> | unknown[];

export interface CallOptions {
  method?: string;
  body?: Json | string;
  contentType?: string;
  ifMatch?: string | null;
  signal?: AbortSignal;
  accept?: string;
}

/** A call under /telerad (path starts with /api or /rs). */
export async function call<T>(path: string, options: CallOptions = {}): Promise<Answer<T>> {
  const token = await accessToken();
  if (!token) {
    await signIn(window.location.pathname + window.location.search);
    throw new ApiError(401, undefined, 'Signing in again…');
  }
  const headers: Record<string, string> = {
    Authorization: `Bearer ${token}`,
    Accept: options.accept ?? 'application/json, application/problem+json',
  };
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = options.contentType ?? 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  const r = await fetch(`${BASE}${path}`, {
    method: options.method ?? 'GET',
    headers,
    body,
    cache: 'no-store',
    credentials: 'omit',
    signal: options.signal,
  });
  const receivedAt = Date.now();
  const text = await r.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  if (!r.ok) throw problemOf(r.status, parsed, r.statusText);
  return { body: parsed as T, etag: r.headers.get('ETag'), receivedAt };
}

export async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await call<T>(path, { signal })).body;
}

export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * Listens to a server-sent events stream with the bearer token (EventSource cannot send one): calls onEvent with
 * each event's name; reconnects every few minutes (fresh token) and after errors. Returns a stop function.
 */
export function listen(path: string, onEvent: (name: string) => void, onState?: (live: boolean) => void): () => void {
  let stopped = false;
  let controller: AbortController | null = null;
  const run = async () => {
    while (!stopped) {
      controller = new AbortController();
      const timer = setTimeout(() => controller?.abort(), 4 * 60_000);
      try {
        const token = await accessToken();
        if (!token) throw new Error('no token');
        const r = await fetch(`${BASE}${path}`, {
          headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
          cache: 'no-store',
          credentials: 'omit',
          signal: controller.signal,
        });
        if (!r.ok || !r.body) throw new Error(`HTTP ${r.status}`);
        onState?.(true);
        const reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const name = eventName(block);
            if (name) onEvent(name);
          }
        }
      } catch {
        /* aborted or failed: reconnect below */
      } finally {
        clearTimeout(timer);
      }
      onState?.(false);
      if (!stopped) await new Promise((res) => setTimeout(res, 3000));
    }
  };
  void run();
  return () => {
    stopped = true;
    controller?.abort();
  };
}
