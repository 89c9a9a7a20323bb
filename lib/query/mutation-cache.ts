// The one place mutations report back: a toast for the outcome, the server's answer written into the
// cache, and the queries it made stale refetched. Features describe this in each mutation's `meta`
// (see their queries.ts) instead of repeating it in components.
import { MutationCache, type Mutation, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { issuesByField, type FieldIssue } from '@/lib/forms/rules';
import { notify } from '@/lib/ui/notify';

export interface MutationMeta extends Record<string, unknown> {
  /** Toast on success; a function when the words depend on the answer. */
  successMessage?: string | ((data: unknown) => string);
  /** Toast title on failure; the error's own message becomes its description. */
  errorMessage?: string;
  /** The query whose data the mutation returns: its answer is put there, so nothing is fetched again. */
  returns?: QueryKey;
  /** Queries the change makes stale, refetched after a success. */
  invalidates?: QueryKey[];
  /** The component shows the failure itself (a result line, not a toast). */
  showsError?: boolean;
  /** The fields of the form that sent it (the form helper sets this): a 422 about them shows there, not as a toast. */
  formFields?: readonly string[];
}

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: MutationMeta;
  }
}

/** A 422's field details, read by shape (ApiError's `fields`), like the retry rule. */
function fieldIssues(error: unknown): FieldIssue[] {
  const fields = (error as { fields?: unknown } | null)?.fields;
  return Array.isArray(fields) ? (fields as FieldIssue[]) : [];
}

function shownOnForm(error: unknown, formFields: readonly string[] | undefined): boolean {
  const issues = fieldIssues(error);
  return !!formFields && issues.length > 0 && issuesByField(issues, formFields).unplaced.length === 0;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}

export function onMutationSuccess(client: QueryClient, data: unknown, meta: MutationMeta | undefined): void {
  if (!meta) return;
  if (meta.returns) client.setQueryData(meta.returns, data);
  for (const queryKey of meta.invalidates ?? []) void client.invalidateQueries({ queryKey });
  const message = typeof meta.successMessage === 'function' ? meta.successMessage(data) : meta.successMessage;
  if (message) notify((toast) => toast.success(message));
}

export function onMutationError(error: unknown, meta: MutationMeta | undefined): void {
  if (meta?.showsError || shownOnForm(error, meta?.formFields)) return;
  const message = messageOf(error);
  notify((toast) => (meta?.errorMessage ? toast.error(meta.errorMessage, { description: message }) : toast.error(message)));
}

export function createMutationCache(client: () => QueryClient): MutationCache {
  return new MutationCache({
    onSuccess: (data, _variables, _result, mutation: Mutation<unknown, unknown, unknown, unknown>) =>
      onMutationSuccess(client(), data, mutation.meta),
    onError: (error, _variables, _result, mutation: Mutation<unknown, unknown, unknown, unknown>) => onMutationError(error, mutation.meta),
  });
}
