'use client';

import { Suspense, useEffect } from 'react';
import Link from 'next/link';
import { ArrowLeft, CloudOff, MicOff, PhoneCall } from 'lucide-react';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { LoadingRows } from '@/components/common/loading-rows';
import { lazyWithPreload } from '@/components/common/lazy-with-preload';
import { DateTime } from '@/components/common/date-time';
import type { ConversationResult } from '@/lib/conversations/model';
import { isLive } from '@/lib/conversations/format';
import type { ConversationDetail as Conversation } from '@/lib/conversations/upstream';
import { AudioPlayer } from './audio-player';
import { CallFailureSummary } from './call-failure';
import { OutcomeBadge, StatusBadge } from './conversation-status';
import { DeleteConversationButton } from './delete-conversation-button';
import { Transcript } from './transcript';
import { TranscriptExport } from './transcript-export';
import { recordingFileName } from './transcript-files';
import { useAudioPlayer } from './use-audio-player';

// Only the transcript tab is open on first paint: the other two load when first opened.
const ConversationAnalysis = lazyWithPreload(() => import('./conversation-analysis'), 'ConversationAnalysis');
const ConversationMetadata = lazyWithPreload(() => import('./conversation-metadata'), 'ConversationMetadata');

/** One conversation: header, player, transcript and tabs. Loaded by ConversationView beside the detail request. */
export function ConversationDetail({ result, listHref }: { result: ConversationResult; listHref: string }) {
  const player = useAudioPlayer();
  const { conversation, cache, storedAt, failure } = result;
  const title = conversationTitle(conversation);
  const hasAudio = conversation.has_audio;
  const live = isLive(conversation.status);

  // The tab says which call this is; the page's own metadata knows only that it is a conversation.
  useEffect(() => {
    const previous = document.title;
    document.title = `${title} · Voicedesk`;
    return () => {
      document.title = previous;
    };
  }, [title]);

  return (
    <div className="space-y-4">
      <Link href={listHref} data-testid="back-to-list" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden /> Conversations
      </Link>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <h1 className="text-xl font-semibold tracking-tight" data-testid="conversation-title">
            {title}
          </h1>
          <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
            {conversation.agent_name ?? conversation.agent_id} · <DateTime unixSeconds={conversation.metadata.start_time_unix_secs} />
            <StatusBadge status={conversation.status} />
            {conversation.analysis ? <OutcomeBadge outcome={conversation.analysis.call_successful} labelled /> : null}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <TranscriptExport conversation={conversation} />
          <DeleteConversationButton id={conversation.conversation_id} listHref={listHref} hasRecording={hasAudio} />
        </div>
      </header>
      {cache === 'stale' ? (
        <p className="flex items-center gap-2 rounded-lg border border-warning/40 bg-warning/10 p-3 text-sm" data-testid="stale-notice">
          <CloudOff className="size-4" aria-hidden /> ElevenLabs is not answering; this is the copy stored{' '}
          {storedAt ? <DateTime unixSeconds={Date.parse(storedAt) / 1000} /> : ''} and may be out of date.
        </p>
      ) : null}
      {live ? (
        <p role="status" className="flex items-center gap-2 rounded-lg border border-primary/40 bg-primary/5 p-3 text-sm" data-testid="live-notice">
          <PhoneCall className="size-4 shrink-0 text-primary" aria-hidden /> This call is in progress. The page updates by itself; the
          transcript, recording and analysis appear when it ends.
        </p>
      ) : null}
      {failure ? <CallFailureSummary failure={failure} /> : null}
      {hasAudio ? (
        <AudioPlayer
          src={`/api/conversations/${encodeURIComponent(conversation.conversation_id)}/audio`}
          fileName={recordingFileName(conversation.conversation_id)}
          player={player}
        />
      ) : live ? null : (
        <p className="flex items-center gap-2 rounded-lg border bg-muted/40 p-3 text-sm text-muted-foreground" data-testid="no-recording">
          <MicOff className="size-4" aria-hidden /> No recording for this conversation.
        </p>
      )}
      <Tabs defaultValue="transcript" id={`conversation-${conversation.conversation_id}`}>
        <TabsList>
          <TabsTrigger value="transcript">Transcript</TabsTrigger>
          <TabsTrigger value="analysis" onPointerEnter={ConversationAnalysis.preload} onFocus={ConversationAnalysis.preload}>
            Analysis
          </TabsTrigger>
          <TabsTrigger value="details" onPointerEnter={ConversationMetadata.preload} onFocus={ConversationMetadata.preload}>
            Details
          </TabsTrigger>
        </TabsList>
        <TabsContent value="transcript" className="pt-2">
          <Transcript
            status={conversation.status}
            turns={conversation.transcript}
            currentTime={player.currentTime}
            playing={player.playing}
            onSeek={hasAudio && !player.failed ? player.seek : undefined}
          />
        </TabsContent>
        <TabsContent value="analysis" className="pt-2">
          <Suspense fallback={<LoadingRows />}>
            <ConversationAnalysis conversation={conversation} />
          </Suspense>
        </TabsContent>
        <TabsContent value="details" className="pt-2">
          <Suspense fallback={<LoadingRows />}>
            <ConversationMetadata conversation={conversation} />
          </Suspense>
        </TabsContent>
      </Tabs>
    </div>
  );
}

function conversationTitle(conversation: Conversation): string {
  if (conversation.analysis?.call_summary_title) return conversation.analysis.call_summary_title;
  if (isLive(conversation.status)) return 'Call in progress';
  if (conversation.status === 'failed') return 'Failed call';
  return 'Conversation';
}
