// Conversation list filters: one schema for the page URL (parsed by the server page, which hands the
// result to client components as props) and GET /api/conversations. Names are the dashboard's own,
// short for shareable URLs; toUpstreamQuery maps them. The vocabulary and the type live in ./model (no zod),
// so the browser can use it without shipping zod.
import { z } from 'zod';
import {
  DATA_OPERATORS,
  DATA_PARAM,
  EVALUATION_PARAM,
  isDurationRangeValid,
  MAX_DATA_PARAM_LENGTH,
  MAX_DURATION_SECS,
  MAX_PAGE_STACK,
  MAX_REPEATED,
  OUTCOMES,
  type ConversationFilters,
  type ParsedConversationFilters,
} from './model';
import { dayEndUnix, dayStartUnix, isTimeZone } from '@/lib/time-zone';

export { DATA_OPERATORS, EVALUATION_RESULTS, OUTCOMES } from './model';

const idSchema = z.string().trim().min(1).max(128).regex(/^[\w-]+$/, 'must be an id such as agent_…');

/** A calendar date (YYYY-MM-DD, a day of `tz`) or a full ISO timestamp. */
const instantSchema = z
  .string()
  .trim()
  .refine((value) => /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(value) && !Number.isNaN(Date.parse(value)), 'must be a date like 2026-11-24');

const seconds = z.coerce.number({ error: 'must be a number of seconds' }).int('must be whole seconds').min(0, 'must be 0 or more').max(MAX_DURATION_SECS, `must be at most ${MAX_DURATION_SECS}`);

/** Accept one or many (`?evaluation=a:success&evaluation=b:failure`). */
const repeated = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).max(MAX_REPEATED)]).transform((v) => (Array.isArray(v) ? v : [v]));

const cursorSchema = z.string().min(1).max(2048);

const evaluationParam = z.string().regex(EVALUATION_PARAM, 'must be criterion_id:success|failure|unknown');

const dataParam = z
  .string()
  .max(MAX_DATA_PARAM_LENGTH)
  .regex(DATA_PARAM, `must be field_id:operator:value (operators ${DATA_OPERATORS.join(', ')})`);

export const conversationFiltersSchema = z
  .strictObject({
    agent: idSchema.optional(),
    outcome: z.enum(OUTCOMES, { error: 'must be success, failure or unknown' }).optional(),
    from: instantSchema.optional(),
    to: instantSchema.optional(),
    min_duration: seconds.optional(),
    max_duration: seconds.optional(),
    search: z.string().trim().min(1).max(200, 'must be at most 200 characters').optional(),
    evaluation: repeated(evaluationParam).optional(),
    data: repeated(dataParam).optional(),
    /** The viewer's IANA zone, whose days `from` and `to` name; UTC when absent. Sent by the browser, not kept in page URLs. */
    tz: z.string().refine(isTimeZone, 'must be an IANA time zone such as America/Los_Angeles').optional(),
    cursor: cursorSchema.optional(),
    prev: z.union([cursorSchema, z.array(cursorSchema).max(MAX_PAGE_STACK)]).transform((v) => (Array.isArray(v) ? v : [v])).optional(),
    page_size: z.coerce.number({ error: 'must be a number' }).int().min(1, 'must be 1 to 100').max(100, 'must be 1 to 100').default(30),
  })
  .superRefine((filters, context) => {
    if (!isDurationRangeValid(filters.min_duration, filters.max_duration)) {
      context.addIssue({ code: 'custom', path: ['max_duration'], message: 'must not be less than min_duration' });
    }
    if (filters.from && filters.to && startOf(filters.from, filters.tz) > endOf(filters.to, filters.tz)) {
      context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    }
  });

// The schema's output and the model's type must stay one and the same.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const filtersMatchModel: Same<z.infer<typeof conversationFiltersSchema>, ConversationFilters> = true;
void filtersMatchModel;


// `tz` is not a page filter: a shared link names days, and each viewer reads them as days of their own zone.
const FILTER_NAMES = new Set(Object.keys(conversationFiltersSchema.shape).filter((name) => name !== 'tz'));

/**
 * The page's URL -> filters, on the server; the client gets plain data (and never zod). Parameters
 * that are not filters (`utm_source`, added by mail and chat tools, and `tz`) are ignored here; the API
 * route stays strict, so a dashboard bug still shows.
 */
export function parseConversationFilters(query: Record<string, string | string[] | undefined>): ParsedConversationFilters {
  const defined = Object.fromEntries(Object.entries(query).filter(([name, value]) => value !== undefined && FILTER_NAMES.has(name)));
  const parsed = conversationFiltersSchema.safeParse(defined);
  if (parsed.success) return { filters: parsed.data, error: null };
  const error = parsed.error.issues
    .map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `${issue.keys.join(', ')}: not a known filter`
        : `${issue.path.join('.') || 'filter'}: ${issue.message}`,
    )
    .join('; ');
  return { filters: null, error };
}

const isDay = (value: string) => value.length === 10;

/** A bare date is the first second of that day in `zone` (the viewer's, sent as `tz`; UTC without one). */
function startOf(value: string, zone = 'UTC'): number {
  return isDay(value) ? dayStartUnix(value, zone) : Math.floor(Date.parse(value) / 1000);
}

/** A bare date as `to` means through the end of that day: 23, 24 or 25 hours on, where the zone changes its clocks. */
function endOf(value: string, zone = 'UTC'): number {
  return isDay(value) ? dayEndUnix(value, zone) : Math.floor(Date.parse(value) / 1000);
}

/** Our filters -> the query of GET /v1/convai/conversations. */
export function toUpstreamQuery(filters: ConversationFilters): Record<string, string | number | string[] | undefined> {
  return {
    agent_id: filters.agent,
    call_successful: filters.outcome,
    call_start_after_unix: filters.from ? startOf(filters.from, filters.tz) : undefined,
    call_start_before_unix: filters.to ? endOf(filters.to, filters.tz) : undefined,
    call_duration_min_secs: filters.min_duration,
    call_duration_max_secs: filters.max_duration,
    search: filters.search,
    evaluation_params: filters.evaluation,
    data_collection_params: filters.data,
    cursor: filters.cursor,
    page_size: filters.page_size,
    summary_mode: 'include',
  };
}

export const conversationParamsSchema = z.strictObject({ id: idSchema });
