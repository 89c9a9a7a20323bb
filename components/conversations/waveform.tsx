'use client';

import { useEffect, useRef, useState } from 'react';
import WaveSurfer from 'wavesurfer.js';

/** The theme's tokens as canvas colours (a canvas cannot read CSS variables itself). */
function themeColors(element: HTMLElement) {
  const style = getComputedStyle(element);
  const token = (name: string) => style.getPropertyValue(name).trim();
  return {
    waveColor: `hsl(${token('--muted-foreground')} / 0.45)`,
    progressColor: `hsl(${token('--primary')})`,
    cursorColor: `hsl(${token('--primary')})`,
  };
}

/**
 * The recording's waveform, drawn by wavesurfer.js over the player's own <audio> element, so play,
 * seek, speed and the transcript highlight keep one source of truth: the element. The player loads
 * this module on demand (with wavesurfer.js, one chunk outside the page's first-load JS); until it
 * has drawn, or if it fails, the player simply has no waveform.
 */
export default function Waveform({ audio }: { audio: HTMLAudioElement | null }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const surferRef = useRef<WaveSurfer | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    const container = containerRef.current;
    if (!audio || !container) return;
    const surfer = WaveSurfer.create({
      container,
      media: audio,
      height: 48,
      barWidth: 2,
      barGap: 1,
      barRadius: 2,
      cursorWidth: 1,
      normalize: true,
      dragToSeek: true,
      ...themeColors(container),
    });
    surferRef.current = surfer;
    surfer.on('ready', () => setState('ready'));
    surfer.on('error', () => setState('failed'));
    return () => {
      // With an external media element, destroy() leaves the <audio> element alone.
      surfer.destroy();
      surferRef.current = null;
    };
  }, [audio]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    // The theme is a class on <html> (next-themes); watching it keeps next-themes out of this page's bundle.
    const observer = new MutationObserver(() => surferRef.current?.setOptions(themeColors(container)));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style'] });
    return () => observer.disconnect();
  }, []);

  if (state === 'failed') return null;
  return (
    <div
      ref={containerRef}
      aria-hidden
      className={state === 'loading' ? 'h-12 animate-pulse rounded bg-muted/60' : 'h-12 cursor-pointer'}
      data-testid="audio-waveform"
      data-state={state}
    />
  );
}
