'use client';

import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { ThumbsDown, ThumbsUp, Wrench } from 'lucide-react';
import { cn } from '@/lib/utils';
import { activeTurnIndex, formatDuration, isLive } from '@/lib/conversations/format';
import type { TranscriptTurn } from '@/lib/conversations/upstream';

interface Props {
  /** The call's status: an empty transcript means something else while it is still going on. */
  status?: string;
  turns: TranscriptTurn[];
  currentTime: number;
  playing: boolean;
  /** Absent when there is no recording: turns are then plain text. */
  onSeek?: (seconds: number) => void;
}

export function Transcript({ status, turns, currentTime, playing, onSeek }: Props) {
  const starts = useMemo(() => turns.map((turn) => turn.time_in_call_secs), [turns]);
  // No turn is "being spoken" before playback has first started: the first turn was lit on arrival.
  // Once started it stays so: paused back at 0:00, the first turn is where playback would resume.
  const [started, setStarted] = useState(false);
  if (!started && (playing || currentTime > 0)) setStarted(true);
  const active = onSeek && (started || playing || currentTime > 0) ? activeTurnIndex(starts, currentTime) : -1;
  const listRef = useRef<HTMLOListElement>(null);

  // Keep the spoken turn in view while playing, without fighting a reader who scrolls while paused.
  useEffect(() => {
    if (!playing || active < 0) return;
    const element = listRef.current?.children[active] as HTMLElement | undefined;
    element?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [active, playing]);

  if (turns.length === 0) {
    return (
      <p className="text-sm text-muted-foreground" data-testid="no-transcript">
        {isLive(status)
          ? 'The transcript appears when the call ends.'
          : status === 'failed'
            ? 'No transcript: the call did not connect.'
            : 'No transcript: the call did not get to a conversation.'}
      </p>
    );
  }
  return (
    <ol ref={listRef} className="space-y-3" data-testid="transcript">
      {turns.map((turn, index) => (
        <TurnItem key={index} turn={turn} index={index} active={index === active} onSeek={onSeek} />
      ))}
    </ol>
  );
}

const TurnItem = memo(function TurnItem({
  turn,
  index,
  active,
  onSeek,
}: {
  turn: TranscriptTurn;
  index: number;
  active: boolean;
  onSeek?: (seconds: number) => void;
}) {
  const agent = turn.role === 'agent';
  const body = (
    <>
      <span className="flex items-center gap-2 text-xs text-muted-foreground">
        {/* A dot, not an icon: 1,000 turns of SVG cost a fifth of the transcript's render time. */}
        <span className={agent ? 'size-2 rounded-full bg-primary' : 'size-2 rounded-full bg-muted-foreground'} aria-hidden />
        {agent ? 'Agent' : 'User'} · {formatDuration(turn.time_in_call_secs)}
        {turn.interrupted ? <span className="rounded bg-warning/15 px-1 text-warning">interrupted</span> : null}
        {turn.feedback?.score === 'like' ? <ThumbsUp className="size-3.5 text-success" aria-label="Liked" /> : null}
        {turn.feedback?.score === 'dislike' ? <ThumbsDown className="size-3.5 text-destructive" aria-label="Disliked" /> : null}
      </span>
      {turn.message ? <span className="mt-1 block whitespace-pre-wrap text-sm">{turn.message}</span> : null}
    </>
  );
  return (
    <li
      // Off-screen turns skip layout and paint until scrolled near: long calls render in one pass.
      className={cn('flex [contain-intrinsic-size:auto_4.5rem] [content-visibility:auto]', agent ? 'justify-start' : 'justify-end')}
      data-testid="transcript-turn"
      data-index={index}
      data-active={active}
      data-time={turn.time_in_call_secs}
    >
      <div
        className={cn(
          'max-w-[85%] rounded-lg border px-3 py-2 transition-colors',
          agent ? 'bg-card' : 'bg-muted',
          active && 'border-primary ring-2 ring-primary/30',
        )}
      >
        {onSeek ? (
          <button type="button" className="block w-full text-left focus-visible:outline-none" onClick={() => onSeek(turn.time_in_call_secs)}>
            {body}
          </button>
        ) : (
          body
        )}
        <ToolActivity turn={turn} />
      </div>
    </li>
  );
});

function ToolActivity({ turn }: { turn: TranscriptTurn }) {
  const calls = turn.tool_calls ?? [];
  const results = turn.tool_results ?? [];
  if (calls.length === 0 && results.length === 0) return null;
  return (
    <details className="mt-2 text-xs" data-testid="tool-activity">
      <summary className="flex cursor-pointer items-center gap-1 text-muted-foreground">
        <Wrench className="size-3.5" aria-hidden />
        {[...new Set([...calls, ...results].map((tool) => tool.tool_name))].join(', ')}
      </summary>
      <div className="mt-1 space-y-1">
        {calls.map((call, i) => (
          <pre key={`c${i}`} className="overflow-x-auto rounded bg-muted p-2">
            {call.tool_name}({call.params_as_json})
          </pre>
        ))}
        {results.map((result, i) => (
          <pre key={`r${i}`} className={cn('overflow-x-auto rounded bg-muted p-2', result.is_error && 'text-destructive')}>
            → {result.result_value}
          </pre>
        ))}
      </div>
    </details>
  );
}
