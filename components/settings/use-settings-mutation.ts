'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { toast } from 'sonner';
import { ApiError } from '@/lib/api/client';
import { queryKeys } from '@/lib/query/keys';
import type { SettingsView } from '@/lib/settings/model';

/** Saves one settings form: puts the fresh view in the cache, toasts, and maps 422 fields onto the form. */
export function useSettingsMutation<T extends FieldValues>(
  form: UseFormReturn<T>,
  request: (values: T) => Promise<SettingsView>,
  successMessage: string,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (view) => {
      queryClient.setQueryData(queryKeys.settings.view(), view);
      void queryClient.invalidateQueries({ queryKey: queryKeys.settings.all });
      form.reset();
      toast.success(successMessage);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.fields.length) {
        for (const issue of error.fields) form.setError(issue.field as Path<T>, { message: issue.message });
        return;
      }
      toast.error(error.message);
    },
  });
}
