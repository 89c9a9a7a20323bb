'use client';

import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { issuesByField, type FieldIssue } from '@/lib/forms/rules';

function fieldIssuesOf(error: unknown): FieldIssue[] {
  const fields = (error as { fields?: unknown } | null)?.fields;
  return Array.isArray(fields) ? (fields as FieldIssue[]) : [];
}

/**
 * A form's save. The server's 422 details land on the form's fields here, and only here (the mutation
 * cache toasts what no field of the form can show); `describe` rewrites a message, e.g. to quote the
 * list item `ips.3` is about. A saved form starts clean again.
 */
export function useFormMutation<T extends FieldValues, TData, TVariables>(
  form: UseFormReturn<T>,
  options: UseMutationOptions<TData, Error, TVariables>,
  describe?: (issue: FieldIssue, variables: TVariables) => string,
) {
  const formFields = Object.keys(form.getValues());
  return useMutation({
    ...options,
    meta: { ...options.meta, formFields },
    onSuccess: (...args) => {
      form.reset();
      return options.onSuccess?.(...args);
    },
    onError: (error, variables, ...rest) => {
      const issues = fieldIssuesOf(error).map((issue) => (describe ? { ...issue, message: describe(issue, variables) } : issue));
      for (const [field, message] of issuesByField(issues, formFields).byField) form.setError(field as Path<T>, { type: 'server', message });
      return options.onError?.(error, variables, ...rest);
    },
  });
}
