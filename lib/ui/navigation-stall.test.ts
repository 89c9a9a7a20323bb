import { describe, expect, it } from 'vitest';
import { NUDGE_AFTER_MS, startsClientNavigation } from './navigation-stall';

const page = (inApp: boolean, samePage: boolean) => ({ href: 'https://voicedesk.example/agents', inApp, samePage });

describe('startsClientNavigation', () => {
  it('is an in-app link to another page that Link took over', () => {
    expect(startsClientNavigation(page(true, false), true)).toBe(true);
  });

  it('is not a link the browser followed itself, one within the page, one elsewhere, or no link', () => {
    expect(startsClientNavigation(page(true, false), false)).toBe(false);
    expect(startsClientNavigation(page(true, true), true)).toBe(false);
    expect(startsClientNavigation(page(false, false), true)).toBe(false);
    expect(startsClientNavigation(null, true)).toBe(false);
  });
});

describe('NUDGE_AFTER_MS', () => {
  it('checks soon, then backs off, and stops within a quarter of a minute', () => {
    expect(NUDGE_AFTER_MS[0]).toBeLessThanOrEqual(1_000);
    expect([...NUDGE_AFTER_MS].sort((a, b) => a - b)).toEqual(NUDGE_AFTER_MS);
    expect(NUDGE_AFTER_MS.at(-1)).toBeLessThanOrEqual(15_000);
  });
});
