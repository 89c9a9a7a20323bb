import { describe, expect, it } from 'vitest';
import {
  firstPage,
  isCompleteDate,
  isDurationRangeValid,
  listHref,
  MAX_PAGE_STACK,
  moreFiltersCount,
  newerPage,
  olderPage,
  pageRequest,
  type ConversationFilters,
  type DataFilter,
  type EvaluationFilter,
} from './model';
import { formatDataParam, formatEvaluationParam, formToMoreFilters, moreFiltersToForm, parseDataParam, parseEvaluationParam, type MoreFiltersForm } from './form-rules';
import { filtersToSearchParams } from './queries';
import { conversationFiltersSchema, parseConversationFilters } from './schemas';

describe('evaluation params (criterion_id:result)', () => {
  it.each<[string, EvaluationFilter | null]>([
    ['goal:success', { criterion: 'goal', result: 'success' }],
    ['polite-tone:failure', { criterion: 'polite-tone', result: 'failure' }],
    ['a_1:unknown', { criterion: 'a_1', result: 'unknown' }],
    ['goal:maybe', null],
    ['goal', null],
    [':success', null],
    ['go al:success', null],
    ['goal:success:extra', null],
  ])('%s', (param, expected) => {
    expect(parseEvaluationParam(param)).toEqual(expected);
    // The schema and the client parser agree on what is valid.
    expect(conversationFiltersSchema.safeParse({ evaluation: param }).success).toBe(expected !== null);
    if (expected) expect(formatEvaluationParam(expected)).toBe(param);
  });
});

describe('data-collection params (field_id:op:value)', () => {
  it.each<[string, DataFilter | null]>([
    ['score:gte:4', { field: 'score', operator: 'gte', value: '4' }],
    ['plan:in:pro|scale', { field: 'plan', operator: 'in', value: 'pro|scale' }],
    ['email:eq:', { field: 'email', operator: 'eq', value: '' }],
    ['time:eq:10:30', { field: 'time', operator: 'eq', value: '10:30' }],
    ['city:neq:New York', { field: 'city', operator: 'neq', value: 'New York' }],
    ['score:like:4', null],
    ['score:gte', null],
    ['bad id:eq:1', null],
    ['', null],
  ])('%j', (param, expected) => {
    expect(parseDataParam(param)).toEqual(expected);
    expect(conversationFiltersSchema.safeParse({ data: param }).success).toBe(expected !== null);
    if (expected) expect(formatDataParam(expected)).toBe(param);
  });
});

describe('duration range', () => {
  it.each([
    [undefined, undefined, true],
    [30, undefined, true],
    [undefined, 30, true],
    [30, 30, true],
    [30, 600, true],
    [600, 30, false],
  ])('min %s max %s -> %s', (min, max, valid) => {
    expect(isDurationRangeValid(min, max)).toBe(valid);
    expect(conversationFiltersSchema.safeParse({ min_duration: min, max_duration: max }).success).toBe(valid);
  });
});

const emptyForm: MoreFiltersForm = { minDuration: '', maxDuration: '', evaluations: [], data: [] };

describe('more-filters form <-> URL filters', () => {
  it.each<[string, Partial<MoreFiltersForm>, Record<string, unknown>]>([
    ['nothing set clears all four', {}, { min_duration: undefined, max_duration: undefined, evaluation: undefined, data: undefined }],
    ['durations', { minDuration: '30', maxDuration: ' 600 ' }, { min_duration: 30, max_duration: 600 }],
    ['zero is a value', { minDuration: '0' }, { min_duration: 0 }],
    ['evaluation rows', { evaluations: [{ criterion: ' goal ', result: 'failure' }] }, { evaluation: ['goal:failure'] }],
    ['rows without an id are skipped', { evaluations: [{ criterion: '  ', result: 'success' }], data: [{ field: '', operator: 'eq', value: 'x' }] }, { evaluation: undefined, data: undefined }],
    ['data rows', { data: [{ field: 'plan', operator: 'in', value: 'pro|scale ' }, { field: 'email', operator: 'eq', value: '' }] }, { data: ['plan:in:pro|scale', 'email:eq:'] }],
  ])('%s', (_name, form, expected) => {
    const filters = formToMoreFilters({ ...emptyForm, ...form });
    expect(filters).toMatchObject(expected);
    // What the form produces is what the page and the API route accept.
    const defined = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));
    expect(conversationFiltersSchema.safeParse(defined).success).toBe(true);
    // And it reads back into the same form.
    expect(formToMoreFilters(moreFiltersToForm(filters))).toEqual(filters);
  });

  it('reads the URL filters into rows', () => {
    expect(moreFiltersToForm({ min_duration: 60, evaluation: ['goal:success'], data: ['score:gte:4'] })).toEqual({
      minDuration: '60',
      maxDuration: '',
      evaluations: [{ criterion: 'goal', result: 'success' }],
      data: [{ field: 'score', operator: 'gte', value: '4' }],
    });
  });

  it.each([
    [{}, 0],
    [{ min_duration: 0 }, 1],
    [{ min_duration: 10, max_duration: 20 }, 1],
    [{ evaluation: ['a:success', 'b:failure'], data: ['x:eq:1'] }, 3],
  ])('%j counts as %d more filters', (filters, count) => {
    expect(moreFiltersCount(filters)).toBe(count);
  });
});

describe('the page parses its URL on the server', () => {
  it.each([
    [{}, { page_size: 30 }],
    [{ min_duration: '60', evaluation: ['a:success', 'b:failure'], data: 'x:eq:1', nothing: undefined }, { min_duration: 60, evaluation: ['a:success', 'b:failure'], data: ['x:eq:1'] }],
  ])('%j', (query, expected) => {
    const parsed = parseConversationFilters(query);
    expect(parsed.error).toBeNull();
    expect(parsed.filters).toMatchObject(expected);
  });

  it.each([
    [{ min_duration: '60', max_duration: '30' }, 'max_duration: must not be less than min_duration'],
    [{ evaluation: 'goal:maybe' }, 'evaluation'],
  ])('%j -> an error naming the filter', (query, message) => {
    const parsed = parseConversationFilters(query);
    expect(parsed.filters).toBeNull();
    expect(parsed.error).toContain(message);
  });
});

describe('paging from the URL alone', () => {
  const base: ConversationFilters = { agent: 'agent_1', page_size: 30 };

  it('steps older and back to page 1 without any history', () => {
    const page2 = olderPage(base, 'c2');
    expect(page2).toEqual({ ...base, cursor: 'c2', prev: undefined });
    const page3 = olderPage(page2, 'c3');
    expect(page3).toEqual({ ...base, cursor: 'c3', prev: ['c2'] });
    const page4 = olderPage(page3, 'c4');
    expect(page4.prev).toEqual(['c2', 'c3']);
    expect(newerPage(page4)).toEqual(page3);
    expect(newerPage(page3)).toEqual({ ...base, cursor: 'c2', prev: undefined });
    // A page-2 link opened in a new tab carries no stack: Newer is page 1.
    expect(newerPage({ ...base, cursor: 'c2' })).toEqual({ ...base, cursor: undefined, prev: undefined });
  });

  it('keeps at most MAX_PAGE_STACK earlier cursors, which the schema accepts', () => {
    let filters: ConversationFilters = { page_size: 30, cursor: 'c0' };
    for (let page = 1; page <= MAX_PAGE_STACK + 5; page += 1) filters = olderPage(filters, `c${page}`);
    expect(filters.prev).toHaveLength(MAX_PAGE_STACK);
    expect(filters.prev!.at(-1)).toBe(`c${MAX_PAGE_STACK + 4}`);
    const params = filtersToSearchParams(filters);
    const parsed = parseConversationFilters(Object.fromEntries([...new Set(params.keys())].map((name) => [name, name === 'prev' ? params.getAll(name) : params.get(name)!])));
    expect(parsed.filters?.prev).toEqual(filters.prev);
    expect(parseConversationFilters({ cursor: 'c2', prev: 'c1' }).filters?.prev).toEqual(['c1']);
  });

  it('leaves the stack out of the API request and the first page', () => {
    expect(pageRequest({ page_size: 30, cursor: 'c3', prev: ['c2'] }, 'UTC').prev).toBeUndefined();
    expect(firstPage({ ...base, cursor: 'c3', prev: ['c2'] })).toEqual({ ...base, cursor: undefined, prev: undefined });
  });
});

describe('pageRequest: the zone goes with days only', () => {
  it.each([
    [{ page_size: 30 }, undefined],
    [{ page_size: 30, outcome: 'failure' as const }, undefined],
    [{ page_size: 30, from: '2026-11-28' }, 'America/Los_Angeles'],
    [{ page_size: 30, to: '2026-11-28' }, 'America/Los_Angeles'],
  ])('%j -> tz %s', (filters, tz) => {
    expect(pageRequest(filters, 'America/Los_Angeles').tz).toBe(tz);
  });
});

describe('isCompleteDate: a date input value worth applying while typing', () => {
  it.each([
    ['2026-11-27', true],
    ['1999-01-31', true],
    // Chromium's value after each digit of the year typed as 2, 0, 2, 6.
    ['0002-11-27', false],
    ['0020-11-27', false],
    ['0202-11-27', false],
    ['', false],
    ['2026-02-30', true], // the input never produces it; Date.parse rolls it over
    ['20261-11-27', false],
  ])('%s -> %s', (value, expected) => {
    expect(isCompleteDate(value)).toBe(expected);
  });
});

describe('listHref: the way back from a detail to the list it was opened from', () => {
  it.each<[string | string[] | undefined, string]>([
    [undefined, '/conversations'],
    ['', '/conversations'],
    ['outcome=failure&cursor=abc&prev=x', '/conversations?outcome=failure&cursor=abc&prev=x'],
    // Whatever it holds stays a query of the list page.
    ['//evil.example/path', '/conversations?%2F%2Fevil.example%2Fpath='],
    [['a=1', 'b=2'], '/conversations'],
  ])('%j -> %s', (list, expected) => {
    expect(listHref(list)).toBe(expected);
  });
});
