import { describe, expect, it } from 'vitest';
import { activeTurnIndex, formatDuration } from './format';

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [59, '0:59'],
    [61, '1:01'],
    [3600, '1:00:00'],
    [3725.4, '1:02:05'],
  ])('%d s -> %s', (seconds, text) => expect(formatDuration(seconds)).toBe(text));
});

describe('activeTurnIndex', () => {
  const starts = [0, 2, 5, 9];
  it.each([
    [-1, -1],
    [0, 0],
    [1.9, 0],
    [2, 1],
    [6, 2],
    [100, 3],
  ])('at %d s the active turn is %i', (time, index) => expect(activeTurnIndex(starts, time)).toBe(index));
});
