import { toCsv } from '@/lib/csv';
import type { ConversationDetail } from '@/lib/conversations/upstream';

export type TranscriptFormat = 'json' | 'csv';

function transcriptCsv(conversation: ConversationDetail): string {
  return toCsv(
    ['time_in_call_secs', 'role', 'message', 'interrupted', 'tools'],
    conversation.transcript.map((turn) => [
      turn.time_in_call_secs,
      turn.role,
      turn.message ?? '',
      turn.interrupted ? 'yes' : '',
      (turn.tool_calls ?? []).map((call) => call.tool_name).join(' '),
    ]),
  );
}

/** The files a conversation downloads as, named alike: `transcript-{id}.json`, `recording-{id}.mp3`. */
export const transcriptFileName = (conversationId: string, format: TranscriptFormat) => `transcript-${conversationId}.${format}`;
export const recordingFileName = (conversationId: string) => `recording-${conversationId}.mp3`;

/** Builds the transcript file in the browser and hands it to the browser's download. */
export function downloadTranscript(conversation: ConversationDetail, format: TranscriptFormat) {
  const content = format === 'json' ? JSON.stringify(conversation.transcript, null, 2) : transcriptCsv(conversation);
  const type = format === 'json' ? 'application/json' : 'text/csv';
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: transcriptFileName(conversation.conversation_id, format) });
  link.click();
  URL.revokeObjectURL(url);
}
