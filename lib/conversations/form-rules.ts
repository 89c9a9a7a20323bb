// The "More filters" form (duration, evaluation results, data collected): its rows to and from the
// URL's repeated `evaluation` / `data` params. Only that form uses these, and it loads when first
// opened, so they stay out of the conversations list's first-load JS.
import { DATA_PARAM, EVALUATION_PARAM, type ConversationFilters, type DataFilter, type DataOperator, type EvaluationFilter, type EvaluationResult } from './model';

export const DATA_OPERATOR_LABEL: Record<DataOperator, string> = {
  eq: 'equals',
  neq: 'does not equal',
  gt: 'greater than',
  gte: 'at least',
  lt: 'less than',
  lte: 'at most',
  in: 'is one of (a|b|c)',
};

/** `criterion_id:result` -> its parts, or null when it is not that shape. */
export function parseEvaluationParam(param: string): EvaluationFilter | null {
  const match = EVALUATION_PARAM.exec(param);
  return match ? { criterion: match[1]!, result: match[2] as EvaluationResult } : null;
}

export function formatEvaluationParam({ criterion, result }: EvaluationFilter): string {
  return `${criterion.trim()}:${result}`;
}

/** `field_id:op:value` -> its parts; the value may itself contain colons. */
export function parseDataParam(param: string): DataFilter | null {
  const match = DATA_PARAM.exec(param);
  return match ? { field: match[1]!, operator: match[2] as DataOperator, value: match[3]! } : null;
}

export function formatDataParam({ field, operator, value }: DataFilter): string {
  return `${field.trim()}:${operator}:${value.trim()}`;
}

/** What the "more filters" form holds: inputs as typed, rows as chosen. */
export interface MoreFiltersForm {
  minDuration: string;
  maxDuration: string;
  evaluations: EvaluationFilter[];
  data: DataFilter[];
}

type MoreFilters = Pick<ConversationFilters, 'min_duration' | 'max_duration' | 'evaluation' | 'data'>;

/** URL filters -> the form (the values were validated by the schema on the way in). */
export function moreFiltersToForm(filters: Partial<MoreFilters>): MoreFiltersForm {
  return {
    minDuration: filters.min_duration === undefined ? '' : String(filters.min_duration),
    maxDuration: filters.max_duration === undefined ? '' : String(filters.max_duration),
    evaluations: (filters.evaluation ?? []).map(parseEvaluationParam).filter((item) => item !== null),
    data: (filters.data ?? []).map(parseDataParam).filter((item) => item !== null),
  };
}

function durationOf(input: string): number | undefined {
  return input.trim() === '' ? undefined : Number(input);
}

/** The form -> URL filters; an empty input or list clears that filter. Rows without an id are skipped. */
export function formToMoreFilters(form: MoreFiltersForm): MoreFilters {
  const evaluation = form.evaluations.filter((row) => row.criterion.trim()).map(formatEvaluationParam);
  const data = form.data.filter((row) => row.field.trim()).map(formatDataParam);
  return {
    min_duration: durationOf(form.minDuration),
    max_duration: durationOf(form.maxDuration),
    evaluation: evaluation.length ? evaluation : undefined,
    data: data.length ? data : undefined,
  };
}
