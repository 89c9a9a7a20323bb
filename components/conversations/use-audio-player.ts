'use client';

import { useCallback, useEffect, useState } from 'react';

export const PLAYBACK_RATES = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;

/** State and commands for one <audio> element; the element itself stays in the component. */
export function useAudioPlayer() {
  // A callback ref: the element appears only once the conversation has loaded.
  const [audio, audioRef] = useState<HTMLAudioElement | null>(null);
  const [playing, setPlaying] = useState(false);
  const [currentTime, setCurrentTime] = useState(0);
  const [duration, setDuration] = useState(0);
  const [rate, setRateState] = useState(1);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!audio) return;
    const sync = () => {
      setPlaying(!audio.paused);
      setCurrentTime(audio.currentTime);
      if (Number.isFinite(audio.duration)) setDuration(audio.duration);
    };
    const fail = () => setFailed(true);
    const events = ['play', 'pause', 'timeupdate', 'loadedmetadata', 'durationchange', 'seeked', 'ended'] as const;
    for (const event of events) audio.addEventListener(event, sync);
    audio.addEventListener('error', fail);
    return () => {
      for (const event of events) audio.removeEventListener(event, sync);
      audio.removeEventListener('error', fail);
    };
  }, [audio]);

  const seek = useCallback((seconds: number) => {
    if (!audio) return;
    const limit = Number.isFinite(audio.duration) ? audio.duration : seconds;
    audio.currentTime = Math.min(Math.max(0, seconds), limit);
    setCurrentTime(audio.currentTime);
  }, [audio]);

  const toggle = useCallback(() => {
    if (!audio) return;
    if (audio.paused) void audio.play().catch(() => setFailed(true));
    else audio.pause();
  }, [audio]);

  const setRate = useCallback((next: number) => {
    if (audio) audio.playbackRate = next;
    setRateState(next);
  }, [audio]);

  return { audio, audioRef, playing, currentTime, duration, rate, failed, seek, toggle, setRate };
}

export type AudioPlayer = ReturnType<typeof useAudioPlayer>;
