// Client-side queries and mutations for the settings feature.
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import { queryKeys } from '@/lib/query/keys';
import type { ApiKeyInput, ConnectionTestResult, IpAllowlistInput, RegionInput, SettingsView, WebhookSecretInput } from './model';

export const settingsQuery = () =>
  queryOptions({
    queryKey: queryKeys.settings.view(),
    queryFn: () => apiFetch<SettingsView>('/api/settings'),
  });

export const saveApiKeyRequest = (input: ApiKeyInput) =>
  apiFetch<SettingsView>('/api/settings/api-key', { method: 'PUT', json: input });

/** Tests the key just typed when there is one (without saving it), else the saved key. */
export const testConnectionRequest = (typedKey?: string) =>
  apiFetch<ConnectionTestResult>('/api/settings/api-key/test', { method: 'POST', json: typedKey ? { apiKey: typedKey } : {} });

export const saveWebhookSecretRequest = (input: WebhookSecretInput) =>
  apiFetch<SettingsView>('/api/settings/webhook-secret', { method: 'PUT', json: input });

export const saveRegionRequest = (input: RegionInput) =>
  apiFetch<SettingsView>('/api/settings/region', { method: 'PUT', json: input });

export const saveIpAllowlistRequest = (input: IpAllowlistInput) =>
  apiFetch<SettingsView>('/api/settings/webhook-allowlist', { method: 'PUT', json: input });

export const revokePreviousWebhookSecretRequest = () =>
  apiFetch<SettingsView>('/api/settings/webhook-secret/previous', { method: 'DELETE' });
