'use client';

import { Download } from 'lucide-react';
import { Button } from '@/components/ui/button';
import type { ConversationDetail } from '@/lib/conversations/upstream';
import type { TranscriptFormat } from './transcript-files';

// The file builders load on the first click: they are not needed to read the page.
const download = (conversation: ConversationDetail, format: TranscriptFormat) =>
  import('./transcript-files').then((files) => files.downloadTranscript(conversation, format));

export function TranscriptExport({ conversation }: { conversation: ConversationDetail }) {
  return (
    <div className="flex gap-2">
      <Button variant="outline" size="sm" onClick={() => download(conversation, 'json')} aria-label="Download the transcript as JSON" data-testid="export-transcript-json">
        <Download className="size-4" aria-hidden /> JSON
      </Button>
      <Button variant="outline" size="sm" onClick={() => download(conversation, 'csv')} aria-label="Download the transcript as CSV" data-testid="export-transcript-csv">
        <Download className="size-4" aria-hidden /> CSV
      </Button>
    </div>
  );
}
