// The committed MP3s, read once: the audio endpoint and the post_call_audio webhook serve the same bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const AUDIO_DIR = join(import.meta.dirname, 'audio');
const audioCache = new Map<string, Buffer>();

export function audioBytes(file: string): Buffer {
  let bytes = audioCache.get(file);
  if (!bytes) {
    bytes = readFileSync(join(AUDIO_DIR, file));
    audioCache.set(file, bytes);
  }
  return bytes;
}
