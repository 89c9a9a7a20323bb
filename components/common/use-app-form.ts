'use client';

import { useForm, type FieldValues, type UseFormProps, type UseFormReturn } from 'react-hook-form';
import { rulesResolver, type FormRules } from '@/lib/forms/rules';

/**
 * Every form: react-hook-form checked by plain rules (lib/forms/rules.ts), so no schema library reaches
 * the page. A form that saves through a mutation adds useFormMutation, kept apart so a form without
 * one (sign-in) does not load TanStack Query.
 */
export function useAppForm<T extends FieldValues>({ rules, ...props }: Omit<UseFormProps<T>, 'resolver'> & { rules: FormRules<T> }): UseFormReturn<T> {
  return useForm<T>({ ...props, resolver: rulesResolver(rules) });
}
