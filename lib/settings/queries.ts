// The settings feature in the browser: its query keys, the settings view, and one mutation per form.
import { queryRoots } from '@/lib/query/roots';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import type { ConnectionTestResult, SettingsView } from './model';

export const settingsKeys = {
  all: queryRoots.settings,
  view: () => [...settingsKeys.all, 'view'] as const,
  savedKeyCheck: () => [...settingsKeys.all, 'api-key', 'check'] as const,
};

export const settingsQuery = () =>
  queryOptions({
    queryKey: settingsKeys.view(),
    queryFn: () => apiFetch<SettingsView>('/api/settings'),
  });

/**
 * Whether the saved key works now, by the same test as the Settings card's button (read-only
 * upstream: GET /v1/user). For the overview's checklist: a saved key ElevenLabs rejects is no tick.
 */
export const savedKeyCheckQuery = () =>
  queryOptions({
    queryKey: settingsKeys.savedKeyCheck(),
    queryFn: () => apiFetch<ConnectionTestResult>('/api/settings/api-key/test', { method: 'POST', json: {} }),
    staleTime: 60_000,
  });
