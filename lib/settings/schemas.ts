// Shared by the settings forms (client) and the settings routes (server): one schema per input.
import { z } from 'zod';
import { ipAllowlistSchema, type IpAllowlist } from '@/lib/webhooks/ip-allowlist';

export const API_REGION_LABELS = {
  default: 'Default (api.elevenlabs.io)',
  us: 'United States (api.us.elevenlabs.io)',
  eu: 'EU data residency',
  in: 'India data residency',
  sg: 'Singapore data residency',
} as const;
export type ApiRegionName = keyof typeof API_REGION_LABELS;

const secretText = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(16, `${what} looks too short (at least 16 characters)`)
    .max(256, `${what} is too long (at most 256 characters)`)
    .regex(/^\S+$/, `${what} must not contain spaces`);

export const apiKeyInputSchema = z.strictObject({ apiKey: secretText('The API key') });
export type ApiKeyInput = z.infer<typeof apiKeyInputSchema>;

export const webhookSecretInputSchema = z.strictObject({ secret: secretText('The webhook secret') });
export type WebhookSecretInput = z.infer<typeof webhookSecretInputSchema>;

export const regionInputSchema = z.strictObject({
  region: z.enum(Object.keys(API_REGION_LABELS) as [ApiRegionName, ...ApiRegionName[]], {
    error: `must be one of ${Object.keys(API_REGION_LABELS).join(', ')}`,
  }),
});
export type RegionInput = z.infer<typeof regionInputSchema>;

export const ipAllowlistInputSchema = z
  .strictObject({
    enabled: z.boolean({ error: 'must be true or false' }),
    ips: ipAllowlistSchema.shape.ips.transform((ips) => [...new Set(ips)]),
  })
  .refine((value) => !value.enabled || value.ips.length > 0, {
    path: ['ips'],
    message: 'add at least one address before turning the allowlist on',
  });
export type IpAllowlistInput = z.infer<typeof ipAllowlistInputSchema>;

/** What GET /api/settings returns: state and hints, never a secret. */
export interface SecretState {
  configured: boolean;
  hint: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface AuditEntry {
  at: string;
  actor: string;
  action:
    | 'api_key_set'
    | 'webhook_secret_set'
    | 'webhook_secret_rotated'
    | 'webhook_secret_previous_revoked'
    | 'region_set'
    | 'webhook_allowlist_set';
  detail: string;
}

export interface SettingsView {
  apiKey: SecretState;
  webhookSecret: SecretState & { previousValidUntil: string | null };
  region: ApiRegionName;
  /** The URL requests go to: the region's host, or the operator's override (the simulator in demo and tests). */
  apiBaseUrl: string;
  baseUrlOverridden: boolean;
  webhookUrl: string;
  webhookIpAllowlist: IpAllowlist & { published: { region: string; ips: string[] }[] };
  audit: AuditEntry[];
}

export interface ConnectionTestResult {
  status: 'valid' | 'invalid' | 'unreachable';
  message: string;
  tier?: string;
}

/** A random webhook secret in ElevenLabs' own format (`wsec_` + 64 hex), made in the browser. */
export function generateWebhookSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `wsec_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
