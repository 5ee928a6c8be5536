// The worklist's order and its server clock (countdowns use the server's time, corrected for the browser's clock).

export interface WorklistItem {
  taskId: string;
  studyInstanceUid: string;
  accessionNumber: string | null;
  patientName: string | null;
  patientId: string | null;
  priority: string;
  facilityCode: string | null;
  modality: string | null;
  bodyPart: string | null;
  studyDescription: string | null;
  state: string;
  readType: string;
  dueAt: string | null;
  scheduledAt: string | null;
  performerUsername: string | null;
  performerName: string | null;
  claimedBy: string | null;
  cancellationRequested: boolean;
  routingReason: string | null;
  routingOutcome: string | null;
}

const PRIORITY_RANK: Record<string, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

export function isMine(item: WorklistItem, username: string): boolean {
  return !!username && (item.performerUsername === username || item.claimedBy === username);
}

/** My tasks first, then by due time (none last), priority (STAT first), age. */
export function sortWorklist(items: readonly WorklistItem[], username: string): WorklistItem[] {
  const due = (i: WorklistItem) => (i.dueAt ? Date.parse(i.dueAt) : Number.POSITIVE_INFINITY);
  return [...items].sort(
    (a, b) =>
      Number(isMine(b, username)) - Number(isMine(a, username)) ||
      due(a) - due(b) ||
      (PRIORITY_RANK[a.priority] ?? 9) - (PRIORITY_RANK[b.priority] ?? 9) ||
      (a.scheduledAt ?? '').localeCompare(b.scheduledAt ?? '') ||
      a.taskId.localeCompare(b.taskId),
  );
}

/** Milliseconds to add to the browser's clock to get the server's (from the answer's `now`). */
export function clockOffset(serverNow: string | undefined, receivedAtMs: number): number {
  if (!serverNow) return 0;
  const t = Date.parse(serverNow);
  return Number.isNaN(t) ? 0 : t - receivedAtMs;
}

/** UPS claim: the Transaction UID of a claim, derived from the reader and the task so a reload can still finish it. */
export async function transactionUid(username: string, taskId: string): Promise<string> {
  const data = new TextEncoder().encode(`telerad-claim\u0000${username}\u0000${taskId}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  let n = 0n;
  for (const b of digest.slice(0, 16)) n = (n << 8n) | BigInt(b);
  return `2.25.${n.toString()}`;
}
