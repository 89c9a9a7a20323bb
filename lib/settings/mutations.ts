// Settings: every change the Settings page makes, apart from the reads in queries.ts.
import { queryRoots, webhookHealthKey } from '@/lib/query/roots';
import { mutationOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import type { ApiKeyInput, BillingPlanInput, ConnectionTestResult, IpAllowlistInput, RegionInput, SettingsView, WebhookSecretInput } from './model';
import { settingsKeys } from './queries';

/** Every settings save answers with the fresh view: it replaces the cached one, no refetch. */
const savesView = { returns: settingsKeys.view() };

export const saveApiKeyMutation = () =>
  mutationOptions({
    mutationKey: [...settingsKeys.all, 'api-key'],
    mutationFn: (input: ApiKeyInput) => apiFetch<SettingsView>('/api/settings/api-key', { method: 'PUT', json: input }),
    meta: { ...savesView, invalidates: [settingsKeys.savedKeyCheck()], successMessage: 'API key saved', errorMessage: 'The API key was not saved' },
  });

export const testConnectionMutation = () =>
  mutationOptions({
    mutationKey: [...settingsKeys.all, 'api-key', 'test'],
    // The key just typed when there is one (tested, never saved), else the saved key.
    mutationFn: (typedKey?: string) =>
      apiFetch<ConnectionTestResult>('/api/settings/api-key/test', { method: 'POST', json: typedKey ? { apiKey: typedKey } : {} }),
    // The card shows the outcome, failure included, as its result line.
    meta: { showsError: true },
  });

export const saveWebhookSecretMutation = (rotating: boolean) =>
  mutationOptions({
    mutationKey: [...settingsKeys.all, 'webhook-secret'],
    mutationFn: (input: WebhookSecretInput) => apiFetch<SettingsView>('/api/settings/webhook-secret', { method: 'PUT', json: input }),
    meta: {
      ...savesView,
      // The webhooks page shows the secret's state too.
      invalidates: [webhookHealthKey],
      successMessage: rotating ? 'Webhook secret rotated' : 'Webhook secret saved',
      errorMessage: 'The webhook secret was not saved',
    },
  });

export const saveRegionMutation = () =>
  mutationOptions({
    mutationKey: [...settingsKeys.all, 'region'],
    mutationFn: (input: RegionInput) => apiFetch<SettingsView>('/api/settings/region', { method: 'PUT', json: input }),
    meta: { ...savesView, successMessage: 'API region saved', errorMessage: 'The region was not saved' },
  });

export const saveIpAllowlistMutation = () =>
  mutationOptions({
    mutationKey: [...settingsKeys.all, 'webhook-allowlist'],
    mutationFn: (input: IpAllowlistInput) => apiFetch<SettingsView>('/api/settings/webhook-allowlist', { method: 'PUT', json: input }),
    meta: {
      ...savesView,
      invalidates: [webhookHealthKey],
      successMessage: (view) => ((view as SettingsView).webhookIpAllowlist.enabled ? 'Allowlist on' : 'Allowlist off'),
      errorMessage: 'The allowlist was not saved',
    },
  });

export const revokePreviousWebhookSecretMutation = () =>
  mutationOptions({
    mutationKey: [...settingsKeys.all, 'webhook-secret', 'previous'],
    mutationFn: () => apiFetch<SettingsView>('/api/settings/webhook-secret/previous', { method: 'DELETE' }),
    meta: {
      ...savesView,
      // The webhooks page shows the rotation window too.
      invalidates: [queryRoots.webhooks],
      successMessage: 'Previous webhook secret revoked',
      errorMessage: 'The previous secret was not revoked',
    },
  });

export const saveBillingPlanMutation = () =>
  mutationOptions({
    mutationKey: [...settingsKeys.all, 'billing-plan'],
    mutationFn: (input: BillingPlanInput) => apiFetch<SettingsView>('/api/settings/billing-plan', { method: 'PUT', json: input }),
    // The batch estimate reads the saved plan.
    meta: { ...savesView, invalidates: [queryRoots.batches], successMessage: 'Plan saved', errorMessage: 'The plan was not saved' },
  });
