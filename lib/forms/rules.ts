// The validation behind every form, without zod: each field has a rule, a plain function that returns
// the message to show or nothing. Measured with esbuild: react-hook-form alone is 12.9 kB gzip, with
// @hookform/resolvers over zod/mini 18.9 kB, over full zod 106 kB. The server keeps its zod schemas,
// built from the same limits and messages (see each feature's form-rules.ts).
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { FieldIssue } from '@/lib/api/errors';

export type { FieldIssue };

export type FieldRule<V, T> = (value: V, values: T) => string | undefined;
export type FormRules<T extends FieldValues> = { [K in keyof T]?: FieldRule<T[K], T> };

/** The first rule that fails for each field; every field is checked, so all messages show at once. */
export function checkRules<T extends FieldValues>(rules: FormRules<T>, values: T): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const field of Object.keys(rules) as (keyof T & string)[]) {
    const message = rules[field]?.(values[field], values);
    if (message) issues.push({ field, message });
  }
  return issues;
}

/** react-hook-form's resolver over plain rules. */
export function rulesResolver<T extends FieldValues>(rules: FormRules<T>): Resolver<T> {
  return (values) => {
    const issues = checkRules(rules, values);
    if (!issues.length) return { values, errors: {} };
    const errors = Object.fromEntries(issues.map(({ field, message }) => [field, { type: 'validate', message }]));
    return { values: {}, errors: errors as FieldErrors<T> };
  };
}

/**
 * The server's 422 issues placed on the form's own fields: `ips.3` (an item of a list) lands on `ips`.
 * Several issues for one field are shown together; issues naming no field of the form are returned
 * apart, so the caller can show them elsewhere.
 */
export function issuesByField(issues: FieldIssue[], fields: readonly string[]): { byField: Map<string, string>; unplaced: FieldIssue[] } {
  const byField = new Map<string, string>();
  const unplaced: FieldIssue[] = [];
  for (const issue of issues) {
    const field = fields.includes(issue.field) ? issue.field : fields.find((name) => issue.field.startsWith(`${name}.`));
    if (!field) {
      unplaced.push(issue);
      continue;
    }
    const before = byField.get(field);
    byField.set(field, before ? `${before}; ${issue.message}` : issue.message);
  }
  return { byField, unplaced };
}
