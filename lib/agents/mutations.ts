import { mutationOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import type { AgentResult, AgentTemplateKey, AgentUpdateRequest } from './model';
import { agentKeys, agentPath } from './queries';

// The agents pages' writes, apart from the reads in queries.ts: the calls, phone-numbers, batch and
// conversations pages read agents (pickers, allowed overrides) and so load queries.ts, but never these.

/** Creates upstream from a template; the caller opens the editor on the answer's agent. */
export const createAgentMutation = () =>
  mutationOptions({
    mutationKey: [...agentKeys.all, 'create'],
    mutationFn: (input: { name: string; template: AgentTemplateKey }) => apiFetch<AgentResult>('/api/agents', { method: 'POST', json: input }),
    meta: { invalidates: [agentKeys.lists(), agentKeys.options()], successMessage: 'Agent created', errorMessage: 'The agent was not created' },
  });

/**
 * Saves what buildAgentPatch produced, based on the `updated_at_unix_secs` the form loaded. A 409
 * (`conflict`, details `{ current }`) and a 422 (details `fields` named by dotted path) are the
 * editor's to show, so no toast for them here beyond the form's own handling.
 */
export const agentUpdateMutation = (id: string) =>
  mutationOptions({
    mutationKey: [...agentKeys.detail(id), 'update'],
    mutationFn: (input: AgentUpdateRequest) => apiFetch<AgentResult>(agentPath(id), { method: 'PATCH', json: input }),
    meta: {
      returns: agentKeys.detail(id),
      invalidates: [agentKeys.lists(), agentKeys.options(), agentKeys.history(id)],
      successMessage: 'Agent saved',
      errorMessage: 'The agent was not saved',
    },
  });

export const restoreAgentVersionMutation = (id: string) =>
  mutationOptions({
    mutationKey: [...agentKeys.detail(id), 'restore'],
    mutationFn: (input: { entryId: string; base_updated_at_unix_secs: number }) =>
      apiFetch<AgentResult>(agentPath(id, `/history/${encodeURIComponent(input.entryId)}/restore`), {
        method: 'POST',
        json: { base_updated_at_unix_secs: input.base_updated_at_unix_secs },
      }),
    meta: {
      returns: agentKeys.detail(id),
      invalidates: [agentKeys.lists(), agentKeys.options(), agentKeys.history(id)],
      successMessage: 'Version restored',
      errorMessage: 'The version was not restored',
    },
  });

export const duplicateAgentMutation = (id: string) =>
  mutationOptions({
    mutationKey: [...agentKeys.detail(id), 'duplicate'],
    mutationFn: (input: { name: string }) => apiFetch<AgentResult>(agentPath(id, '/duplicate'), { method: 'POST', json: input }),
    meta: { invalidates: [agentKeys.lists(), agentKeys.options()], successMessage: 'Agent duplicated', errorMessage: 'The agent was not duplicated' },
  });

export const deleteAgentMutation = (id: string) =>
  mutationOptions({
    mutationKey: [...agentKeys.detail(id), 'delete'],
    mutationFn: () => apiFetch<void>(agentPath(id), { method: 'DELETE' }),
    // The detail is dropped, not refetched: it would answer 404.
    onSuccess: (_data, _variables, _result, { client }) => client.removeQueries({ queryKey: agentKeys.detail(id) }),
    meta: { invalidates: [agentKeys.lists(), agentKeys.options()], successMessage: 'Agent deleted', errorMessage: 'The agent was not deleted' },
  });
