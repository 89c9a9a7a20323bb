'use client';

import { FileJson, FileSpreadsheet } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { toCsv } from '@/lib/conversations/format';
import type { ConversationDetail } from '@/lib/conversations/upstream';

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  URL.revokeObjectURL(url);
}

export function TranscriptExport({ conversation }: { conversation: ConversationDetail }) {
  const base = `transcript-${conversation.conversation_id}`;
  return (
    <div className="flex gap-2">
      <Button
        variant="outline"
        size="sm"
        onClick={() => download(`${base}.json`, 'application/json', JSON.stringify(conversation.transcript, null, 2))}
        data-testid="export-transcript-json"
      >
        <FileJson className="size-4" aria-hidden /> JSON
      </Button>
      <Button
        variant="outline"
        size="sm"
        onClick={() =>
          download(
            `${base}.csv`,
            'text/csv',
            toCsv(
              ['time_in_call_secs', 'role', 'message', 'interrupted', 'tools'],
              conversation.transcript.map((turn) => [
                turn.time_in_call_secs,
                turn.role,
                turn.message ?? '',
                turn.interrupted ? 'yes' : '',
                (turn.tool_calls ?? []).map((call) => call.tool_name).join(' '),
              ]),
            ),
          )
        }
        data-testid="export-transcript-csv"
      >
        <FileSpreadsheet className="size-4" aria-hidden /> CSV
      </Button>
    </div>
  );
}
