import { describe, expect, it } from 'vitest';
import { conversationFiltersSchema, parseConversationFilters, toUpstreamQuery } from './schemas';

function parse(input: Record<string, unknown>) {
  return conversationFiltersSchema.safeParse(input);
}

function fieldsOf(input: Record<string, unknown>): string[] {
  const result = parse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.') || String((issue as { keys?: string[] }).keys));
}

describe('conversation filters -> upstream query', () => {
  it.each([
    [{}, { page_size: 30, summary_mode: 'include' }],
    [{ agent: 'agent_123' }, { agent_id: 'agent_123' }],
    [{ outcome: 'failure' }, { call_successful: 'failure' }],
    [{ from: '2026-11-01' }, { call_start_after_unix: 1_793_491_200 }],
    [{ to: '2026-11-01' }, { call_start_before_unix: 1_793_491_200 + 86_399 }],
    [{ to: '2026-11-01T12:00:00Z' }, { call_start_before_unix: 1_793_534_400 }],
    [{ min_duration: '30', max_duration: '600' }, { call_duration_min_secs: 30, call_duration_max_secs: 600 }],
    [{ search: ' refund ' }, { search: 'refund' }],
    [{ evaluation: 'goal:success' }, { evaluation_params: ['goal:success'] }],
    [{ evaluation: ['goal:success', 'polite:failure'] }, { evaluation_params: ['goal:success', 'polite:failure'] }],
    [{ data: 'score:gte:4' }, { data_collection_params: ['score:gte:4'] }],
    [{ data: 'plan:in:pro|scale' }, { data_collection_params: ['plan:in:pro|scale'] }],
    [{ cursor: 'abc', page_size: '100' }, { cursor: 'abc', page_size: 100 }],
    // Days of the viewer's zone: Nov 28 in Los Angeles is 08:00 UTC that day to 07:59:59 UTC the next.
    [{ from: '2026-11-28', to: '2026-11-28', tz: 'America/Los_Angeles' }, { call_start_after_unix: 1_795_852_800, call_start_before_unix: 1_795_852_800 + 86_399 }],
    // A timestamp is an instant whatever the zone.
    [{ from: '2026-11-28T12:00:00Z', tz: 'Asia/Tokyo' }, { call_start_after_unix: 1_795_867_200 }],
  ])('%j', (input, expected) => {
    const result = parse(input);
    expect(result.success).toBe(true);
    expect(toUpstreamQuery(result.data!)).toMatchObject(expected);
  });

  it.each([
    [{ agent: 'agent 1' }, 'agent'],
    [{ outcome: 'great' }, 'outcome'],
    [{ from: 'yesterday' }, 'from'],
    [{ from: '2026-13-45' }, 'from'],
    [{ from: '2026-11-10', to: '2026-11-01' }, 'to'],
    [{ min_duration: '-1' }, 'min_duration'],
    [{ min_duration: 'abc' }, 'min_duration'],
    [{ min_duration: '1.5' }, 'min_duration'],
    [{ min_duration: '60', max_duration: '30' }, 'max_duration'],
    [{ search: 'x'.repeat(201) }, 'search'],
    [{ evaluation: 'goal:maybe' }, 'evaluation'],
    [{ data: 'score:like:4' }, 'data'],
    [{ page_size: '0' }, 'page_size'],
    [{ page_size: '101' }, 'page_size'],
    [{ page_size: 'ten' }, 'page_size'],
    [{ colour: 'red' }, 'colour'],
    [{ from: '2026-11-28', tz: 'Mars/Olympus_Mons' }, 'tz'],
    [{ tz: 'America/Los_Angeles; drop' }, 'tz'],
    [{ from: '2026-11-29', to: '2026-11-28', tz: 'Asia/Tokyo' }, 'to'],
  ])('%j is refused, naming %s', (input, field) => {
    expect(fieldsOf(input).join(' ')).toContain(field);
  });
});

describe('parseConversationFilters (the page URL)', () => {
  it('ignores tz: a shared link names days, and each viewer reads them in their own zone', () => {
    expect(parseConversationFilters({ from: '2026-11-28', tz: 'Asia/Tokyo' }).filters).toEqual({ from: '2026-11-28', page_size: 30 });
  });

  it('ignores parameters that are not filters, such as those mail and chat tools add', () => {
    expect(parseConversationFilters({ outcome: 'failure', utm_source: 'mail', fbclid: 'x' })).toEqual({
      filters: { outcome: 'failure', page_size: 30 },
      error: null,
    });
  });

  it('still names a filter whose value is wrong', () => {
    expect(parseConversationFilters({ outcome: 'maybe' }).error).toMatch(/^outcome: /);
  });
});
