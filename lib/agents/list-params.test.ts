import { describe, expect, it } from 'vitest';
import { agentListHref, parseAgentListParams } from './list-params';
import { AGENT_SORTS, SORT_DIRECTIONS } from './model';

describe('agents list URL', () => {
  it.each([
    [{}, {}],
    [{ search: '  support ', sort: 'name', direction: 'asc' }, { search: 'support', sort: 'name', direction: 'asc' }],
    [{ sort: 'popularity', direction: 'sideways' }, {}],
    [{ search: ['a', 'b'], cursor: 'abc' }, { search: 'a', cursor: 'abc' }],
    [{ search: '' }, {}],
  ])('%j reads as %j', (query, expected) => {
    expect(parseAgentListParams(query)).toEqual(expected);
  });

  it('reads back what it links to', () => {
    const params = { search: 'clinic', sort: 'created_at', direction: 'asc', cursor: 'c2' } as const;
    expect(parseAgentListParams(new URLSearchParams(agentListHref(params).split('?')[1]))).toEqual(params);
  });

  it('reads a URLSearchParams the same way', () => {
    expect(parseAgentListParams(new URLSearchParams('sort=call_count_7d&direction=desc'))).toEqual({ sort: 'call_count_7d', direction: 'desc' });
  });

  it('accepts every sort and direction the model lists', () => {
    for (const sort of AGENT_SORTS) for (const direction of SORT_DIRECTIONS) expect(parseAgentListParams({ sort, direction })).toEqual({ sort, direction });
  });

  it.each([
    [{}, '/agents'],
    [{ sort: 'name', direction: 'asc' }, '/agents?sort=name'],
    [{ sort: 'name', direction: 'desc' }, '/agents?sort=name&direction=desc'],
    [{ search: 'a b', cursor: 'x' }, '/agents?search=a+b&cursor=x'],
  ] as const)('%j links to %s', (params, href) => {
    expect(agentListHref(params)).toBe(href);
  });
});
