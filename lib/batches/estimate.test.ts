import { describe, expect, it } from 'vitest';
import { planFromTier } from '@/lib/settings/model';
import { batchConcurrency, estimateBatch, formatDuration } from './estimate';

describe('batchConcurrency', () => {
  it.each([
    ['free', null, 2],
    ['starter', null, 4],
    ['creator', null, 7],
    ['pro', null, 14],
    ['scale', null, 21],
    ['business', null, 21],
    ['pro', 5, 5],
    ['pro', 50, 20],
    [null, 8, 8],
    [null, null, null],
  ] as const)('%s with limit %s → %s', (plan, target, expected) => {
    expect(batchConcurrency(plan, target)).toBe(expected);
  });
});

describe('planFromTier', () => {
  it.each([
    ['pro', 'pro'],
    ['creator_annual', 'creator'],
    ['Business', 'business'],
    ['enterprise', null],
    [null, null],
    ['professional', null],
  ] as const)('%s → %s', (tier, plan) => {
    expect(planFromTier(tier)).toBe(plan);
  });
});

describe('estimateBatch', () => {
  it.each([
    [
      'Business, agent average 90 s, 1,000 calls at 70% of 30',
      { calls: 1000, averageCallSecs: 90, plan: 'business' as const },
      { minutesPerCall: 1.5, minutesSource: 'agent', totalMinutes: 1500, cost: 120, concurrency: 21, durationSecs: Math.ceil(1000 / 21) * 90 },
    ],
    [
      'Business, no calls yet: the 2-minute default',
      { calls: 10, averageCallSecs: null, plan: 'business' as const },
      { minutesPerCall: 2, minutesSource: 'default', totalMinutes: 20, cost: 1.6, concurrency: 21, durationSecs: 120 },
    ],
    [
      'Pro: rate not known, duration still shown',
      { calls: 100, averageCallSecs: 60, plan: 'pro' as const, targetConcurrency: 10 },
      { totalMinutes: 100, cost: null, concurrency: 10, durationSecs: 600 },
    ],
    ['no plan: neither cost nor duration', { calls: 5, averageCallSecs: 60, plan: null }, { totalMinutes: 5, cost: null, concurrency: null, durationSecs: null }],
    [
      'Pro at the rate saved in Settings',
      { calls: 100, averageCallSecs: 60, plan: 'pro' as const, ratePerMinute: 0.1 },
      { totalMinutes: 100, cost: 10, concurrency: 14, durationSecs: Math.ceil(100 / 14) * 60 },
    ],
    [
      'Business at a negotiated rate: the saved rate wins',
      { calls: 1000, averageCallSecs: 60, plan: 'business' as const, ratePerMinute: 0.06 },
      { cost: 60 },
    ],
    ['a saved rate without a plan: the cost, not the duration', { calls: 10, averageCallSecs: 120, plan: null, ratePerMinute: 0.1 }, { cost: 2, concurrency: null, durationSecs: null }],
  ])('%s', (_, input, expected) => {
    expect(estimateBatch(input)).toMatchObject(expected);
  });

  it('says why a cost is missing, and what the Business rate includes', () => {
    expect(estimateBatch({ calls: 1, averageCallSecs: 60, plan: 'pro' }).costNote).toBe('Rate not known for the Pro plan: save the rate you pay in Settings.');
    expect(estimateBatch({ calls: 1, averageCallSecs: 60, plan: null }).costNote).toBe('Plan not known: choose it, or save it in Settings, to see the cost and duration.');
    expect(estimateBatch({ calls: 1, averageCallSecs: 60, plan: 'pro', ratePerMinute: 0.1 }).costNote).toBe('$0.10/min, the rate saved in Settings.');
    expect(estimateBatch({ calls: 1, averageCallSecs: 60, plan: 'business' }).costNote).toContain('13,750 minutes included');
  });
});

describe('formatDuration', () => {
  it.each([
    [30, 'under a minute'],
    [600, '10 min'],
    [7500, '2 h 05 min'],
  ])('%s s → %s', (secs, text) => {
    expect(formatDuration(secs)).toBe(text);
  });
});
