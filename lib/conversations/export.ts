// The list's current filter result as CSV, streamed while paging through the upstream, so a large
// workspace never sits in the worker's memory.
import { getElevenLabsClient } from '@/lib/settings/service';
import { csvRows } from '@/lib/csv';
import { toUpstreamQuery } from './schemas';
import type { ConversationFilters } from './model';
import { conversationPageSchema, type ConversationSummary } from './upstream';

const HEADER = ['conversation_id', 'agent_id', 'agent_name', 'started_at', 'duration_secs', 'messages', 'status', 'outcome', 'title', 'summary'];
/** A bound so one click cannot page through an unbounded workspace. */
export const MAX_EXPORT_ROWS = 10_000;

function row(c: ConversationSummary): unknown[] {
  return [
    c.conversation_id,
    c.agent_id,
    c.agent_name ?? '',
    new Date(c.start_time_unix_secs * 1000).toISOString(),
    c.call_duration_secs,
    c.message_count,
    c.status,
    c.call_successful,
    c.call_summary_title ?? '',
    c.transcript_summary ?? '',
  ];
}

export async function exportConversationsCsv(
  filters: ConversationFilters,
  maxRows: number = MAX_EXPORT_ROWS,
): Promise<ReadableStream<Uint8Array>> {
  const client = await getElevenLabsClient();
  const encoder = new TextEncoder();
  let cursor = filters.cursor;
  let written = 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(csvRows([HEADER])));
      }
      const page = await client.json('GET', '/v1/convai/conversations', conversationPageSchema, {
        query: toUpstreamQuery({ ...filters, cursor, page_size: 100 }),
      });
      const rows = page.conversations.slice(0, maxRows - written).map(row);
      written += rows.length;
      if (rows.length) controller.enqueue(encoder.encode(csvRows(rows)));
      cursor = page.next_cursor ?? undefined;
      if (!page.has_more || !cursor || written >= maxRows) controller.close();
    },
  });
}
