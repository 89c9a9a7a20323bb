// Display helpers for conversations, shared by list and detail.
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${m}:${String(s).padStart(2, '0')}`;
}

export const OUTCOME_LABEL: Record<string, string> = { success: 'Successful', failure: 'Unsuccessful', unknown: 'Unknown' };
/** A call not yet over: its transcript and analysis are still to come. */
export function isLive(status: string | undefined): boolean {
  return status === 'initiated' || status === 'in-progress' || status === 'processing';
}

export const STATUS_LABEL: Record<string, string> = {
  initiated: 'Starting',
  'in-progress': 'In progress',
  processing: 'Processing',
  done: 'Done',
  failed: 'Failed',
};

/** The turn being spoken at `time`: the last one that started at or before it. */
export function activeTurnIndex(turnStarts: readonly number[], time: number): number {
  let low = 0;
  let high = turnStarts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (turnStarts[middle]! <= time) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
