// The settings routes' input schemas, one per input, built from the limits and messages the forms
// check in the browser (form-rules.ts).
import { z } from 'zod';
import { ipAllowlistSchema, type IpAllowlist } from '@/lib/webhooks/ip-allowlist';
import { ALLOWLIST_NEEDS_AN_ADDRESS, API_REGION_NAMES, regionMessage, SECRET_LENGTH, SECRET_PATTERN, secretMessages, type ApiRegionName } from './form-rules';

// The forms import these from form-rules.ts (no zod); re-exported for the server's existing imports.
export { API_REGION_LABELS, generateWebhookSecret, type ApiRegionName } from './form-rules';

const secretText = (what: string) => {
  const messages = secretMessages(what);
  return z
    .string({ error: messages.required })
    .trim()
    .min(SECRET_LENGTH.min, messages.tooShort)
    .max(SECRET_LENGTH.max, messages.tooLong)
    .regex(SECRET_PATTERN, messages.spaces);
};

export const apiKeyInputSchema = z.strictObject({ apiKey: secretText('The API key') });
export type ApiKeyInput = z.infer<typeof apiKeyInputSchema>;

export const webhookSecretInputSchema = z.strictObject({ secret: secretText('The webhook secret') });
export type WebhookSecretInput = z.infer<typeof webhookSecretInputSchema>;

export const regionInputSchema = z.strictObject({
  region: z.enum(API_REGION_NAMES, { error: regionMessage }),
});
export type RegionInput = z.infer<typeof regionInputSchema>;

export const ipAllowlistInputSchema = z
  .strictObject({
    enabled: z.boolean({ error: 'must be true or false' }),
    ips: ipAllowlistSchema.shape.ips.transform((ips) => [...new Set(ips)]),
  })
  .refine((value) => !value.enabled || value.ips.length > 0, {
    path: ['ips'],
    message: ALLOWLIST_NEEDS_AN_ADDRESS,
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
