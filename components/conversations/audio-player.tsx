'use client';

import { lazy, Suspense } from 'react';
import { Download, Pause, Play, RotateCcw, RotateCw } from 'lucide-react';
import { Button, buttonVariants } from '@/components/ui/button';
import { useHydrated } from '@/components/common/use-hydrated';
import { formatDuration } from '@/lib/conversations/format';
import { PLAYBACK_RATES, type AudioPlayer as Player } from './use-audio-player';

// The waveform (and wavesurfer.js) is an enhancement: it arrives after the page, the controls work
// without it, and if its chunk cannot load the player simply has none.
const Waveform = lazy(() => import('./waveform').catch(() => ({ default: () => null })));

interface Props {
  src: string;
  /** The name the recording downloads under (the browser would say `audio.mp3`). */
  fileName: string;
  player: Player;
}

/** Space plays/pauses, arrows skip 5 s (10 s with Shift) when the player has focus. */
export function AudioPlayer({ src, fileName, player }: Props) {
  const { audio, audioRef, playing, currentTime, duration, rate, failed, seek, toggle, setRate } = player;
  // The detail is rendered on the server: a press before hydration would do nothing, so the controls wait.
  const hydrated = useHydrated();

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.target instanceof HTMLSelectElement) return;
    const step = event.shiftKey ? 10 : 5;
    if (event.key === ' ' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      toggle();
    } else if (event.key === 'ArrowLeft' && !(event.target instanceof HTMLInputElement)) {
      event.preventDefault();
      seek(currentTime - step);
    } else if (event.key === 'ArrowRight' && !(event.target instanceof HTMLInputElement)) {
      event.preventDefault();
      seek(currentTime + step);
    }
  }

  if (failed) {
    return (
      <p className="rounded-lg border bg-muted/40 p-4 text-sm text-muted-foreground" data-testid="audio-error">
        The recording could not be loaded.
      </p>
    );
  }

  return (
    <div
      className="space-y-2 rounded-lg border bg-card p-3"
      role="group"
      aria-label="Recording"
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="audio-player"
    >
      <audio ref={audioRef} src={src} preload="metadata" data-testid="audio-element" />
      <Suspense fallback={<div className="h-12 animate-pulse rounded bg-muted/60" aria-hidden />}>
        <Waveform audio={audio} />
      </Suspense>
      <div className="flex items-center gap-3">
        <span className="w-12 text-right text-xs tabular-nums text-muted-foreground" data-testid="audio-current">
          {formatDuration(currentTime)}
        </span>
        <input
          type="range"
          min={0}
          max={duration || 0}
          step={0.1}
          value={Math.min(currentTime, duration || 0)}
          onChange={(event) => seek(Number(event.target.value))}
          aria-label="Seek"
          // Drawn by globals.css (.seek-range): the native track stays light in dark mode.
          className="seek-range w-full cursor-pointer"
          style={{ '--progress': `${duration ? (Math.min(currentTime, duration) / duration) * 100 : 0}%` } as React.CSSProperties}
          data-testid="audio-seek"
        />
        <span className="w-12 text-xs tabular-nums text-muted-foreground">{formatDuration(duration)}</span>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" variant="ghost" size="icon" disabled={!hydrated} onClick={() => seek(currentTime - 10)} aria-label="Back 10 seconds">
          <RotateCcw className="size-4" aria-hidden />
        </Button>
        <Button type="button" size="icon" disabled={!hydrated} onClick={toggle} aria-label={playing ? 'Pause' : 'Play'} data-testid="audio-toggle">
          {playing ? <Pause className="size-4" aria-hidden /> : <Play className="size-4" aria-hidden />}
        </Button>
        <Button type="button" variant="ghost" size="icon" disabled={!hydrated} onClick={() => seek(currentTime + 10)} aria-label="Forward 10 seconds">
          <RotateCw className="size-4" aria-hidden />
        </Button>
        <label className="ml-auto flex items-center gap-1 text-sm text-muted-foreground">
          Speed
          <select
            value={rate}
            onChange={(event) => setRate(Number(event.target.value))}
            className="rounded-md border bg-background px-2 py-1 text-foreground"
            data-testid="audio-rate"
          >
            {PLAYBACK_RATES.map((value) => (
              <option key={value} value={value}>
                {value}×
              </option>
            ))}
          </select>
        </label>
        <a href={src} download={fileName} aria-label="Download recording" data-testid="audio-download" className={buttonVariants({ variant: 'ghost', size: 'icon' })}>
          <Download className="size-4" aria-hidden />
        </a>
      </div>
    </div>
  );
}
