// Server-sent events, read from a fetch body (EventSource cannot send a bearer token).

/** The event name of one server-sent events block ("message" when it has data but no name). */
export function eventName(block: string): string | null {
  let name: string | null = null;
  let hasData = false;
  for (const line of block.split(/\r?\n/)) {
    if (line.startsWith('event:')) name = line.slice(6).trim();
    else if (line.startsWith('data:')) hasData = true;
  }
  return name ?? (hasData ? 'message' : null);
}
