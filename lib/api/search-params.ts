/** Repeated keys become arrays, single keys stay strings, so one schema reads URLs on both sides. */
export function searchParamsToObject(params: Pick<URLSearchParams, 'keys' | 'getAll'>): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length > 1 ? values : values[0]!;
  }
  return record;
}
