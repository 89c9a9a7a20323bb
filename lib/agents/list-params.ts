// The Agents page's URL (`?search=&sort=&direction=&cursor=`) read into list parameters, without zod
// (the page reads it on the server, the browser on navigation); the API route checks the same values.
import type { AgentListParams, AgentSort, SortDirection } from './model';

// Types only from model.ts: its field table and templates would otherwise ride along in the list
// page's first load. `satisfies` keeps these in step with AGENT_SORTS and SORT_DIRECTIONS there.
const SORTS = ['name', 'created_at', 'call_count_7d'] as const satisfies readonly AgentSort[];
const DIRECTIONS = ['asc', 'desc'] as const satisfies readonly SortDirection[];

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

const MAX_SEARCH = 200;

function first(params: SearchParams, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(name) ?? undefined : params[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

/** Unknown sorts and directions fall back to the default (newest first) rather than failing the page. */
export function parseAgentListParams(params: SearchParams): AgentListParams {
  const sort = first(params, 'sort');
  const direction = first(params, 'direction');
  const result: AgentListParams = {};
  const search = first(params, 'search')?.slice(0, MAX_SEARCH);
  if (search) result.search = search;
  if (sort && (SORTS as readonly string[]).includes(sort)) result.sort = sort as AgentSort;
  if (direction && (DIRECTIONS as readonly string[]).includes(direction)) result.direction = direction as SortDirection;
  const cursor = first(params, 'cursor');
  if (cursor) result.cursor = cursor;
  return result;
}

/** The direction a sort starts in: names A→Z, dates and call counts highest first. */
export const defaultDirection = (sort: AgentSort | undefined): SortDirection => (sort === 'name' ? 'asc' : 'desc');

/** The URL query of a list view; defaults are left out so the plain page stays `/agents`. */
export function agentListHref(params: AgentListParams): string {
  const query = new URLSearchParams();
  if (params.search) query.set('search', params.search);
  if (params.sort) query.set('sort', params.sort);
  if (params.direction && params.direction !== defaultDirection(params.sort)) query.set('direction', params.direction);
  if (params.cursor) query.set('cursor', params.cursor);
  const text = query.toString();
  return text ? `/agents?${text}` : '/agents';
}
