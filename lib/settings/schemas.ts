// Settings inputs, validated on the server (routes) with zod. Types live in ./model.
import { z } from 'zod';
import { API_REGION_NAMES, MAX_ALLOWED_IPS, type ApiKeyInput, type IpAllowlist, type RegionInput, type WebhookSecretInput } from './model';

const secretText = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(16, `${what} looks too short (at least 16 characters)`)
    .max(256, `${what} is too long (at most 256 characters)`)
    .regex(/^\S+$/, `${what} must not contain spaces`);

export const apiKeyInputSchema = z.strictObject({ apiKey: secretText('The API key') }) satisfies z.ZodType<ApiKeyInput>;

/** Test connection: the key just typed (tested without being saved), or none to test the saved one. */
export const connectionTestInputSchema = z.strictObject({ apiKey: secretText('The API key').optional() });

export const webhookSecretInputSchema = z.strictObject({ secret: secretText('The webhook secret') }) satisfies z.ZodType<WebhookSecretInput>;

export const regionSchema = z.enum(API_REGION_NAMES, { error: `must be one of ${API_REGION_NAMES.join(', ')}` });

export const regionInputSchema = z.strictObject({ region: regionSchema }) satisfies z.ZodType<RegionInput>;

export const ipAllowlistSchema = z.object({
  enabled: z.boolean(),
  ips: z
    .array(z.union([z.ipv4(), z.ipv6()], { error: 'must be an IPv4 or IPv6 address' }))
    .max(MAX_ALLOWED_IPS, `at most ${MAX_ALLOWED_IPS} addresses`),
}) satisfies z.ZodType<IpAllowlist>;

export const ipAllowlistInputSchema = z
  .strictObject({
    enabled: z.boolean({ error: 'must be true or false' }),
    ips: ipAllowlistSchema.shape.ips.transform((ips) => [...new Set(ips)]),
  })
  .refine((value) => !value.enabled || value.ips.length > 0, {
    path: ['ips'],
    message: 'add at least one address before turning the allowlist on',
  });
