import { describe, expect, it } from 'vitest';
import { checkRules, issuesByField, rulesResolver } from './rules';

type Values = { name: string; count: number };
const rules = {
  name: (value: string) => (value ? undefined : 'Enter a name'),
  count: (value: number, values: Values) => (value > values.name.length ? 'Too many for that name' : undefined),
};

describe('rulesResolver', () => {
  const resolve = (values: Values) => rulesResolver<Values>(rules)(values, undefined, { fields: {}, shouldUseNativeValidation: false });

  it('passes valid values through', async () => {
    expect(await resolve({ name: 'abc', count: 2 })).toEqual({ values: { name: 'abc', count: 2 }, errors: {} });
  });

  it('reports every failing field at once, a rule seeing the other values', async () => {
    expect(await resolve({ name: '', count: 1 })).toEqual({
      values: {},
      errors: { name: { type: 'validate', message: 'Enter a name' }, count: { type: 'validate', message: 'Too many for that name' } },
    });
    expect(checkRules(rules, { name: 'a', count: 1 })).toEqual([]);
  });
});

describe('issuesByField: a 422 placed on the form', () => {
  it.each([
    ['a field of the form', [{ field: 'apiKey', message: 'too short' }], { apiKey: 'too short' }, []],
    ['an item of a list field, on the list', [{ field: 'ips.3', message: 'bad' }, { field: 'ips.5', message: 'worse' }], { ips: 'bad; worse' }, []],
    ['a field the form lacks, apart', [{ field: 'other', message: 'x' }], {}, [{ field: 'other', message: 'x' }]],
    ['a name that only starts like a field, apart', [{ field: 'ipsum', message: 'x' }], {}, [{ field: 'ipsum', message: 'x' }]],
  ])('%s', (_, issues, placed, unplaced) => {
    const result = issuesByField(issues, ['apiKey', 'ips', 'enabled']);
    expect(Object.fromEntries(result.byField)).toEqual(placed);
    expect(result.unplaced).toEqual(unplaced);
  });
});
