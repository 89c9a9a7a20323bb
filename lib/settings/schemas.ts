// Settings inputs, validated on the server (routes) with zod. Types live in ./model; the limits and
// messages come from ./form-rules, which the browser's forms check with, so a form and its route
// cannot disagree.
import { z } from 'zod';
import { ALLOWLIST_NEEDS_AN_ADDRESS, planMessage, rateMessage, regionMessage, SECRET_LENGTH, SECRET_PATTERN, secretMessages } from './form-rules';
import {
  API_REGION_NAMES,
  MAX_ALLOWED_IPS,
  MAX_RATE_PER_MINUTE,
  PLANS,
  type ApiKeyInput,
  type BillingPlan,
  type IpAllowlist,
  type RegionInput,
  type WebhookSecretInput,
} from './model';

const secretText = (what: string) => {
  const messages = secretMessages(what);
  return z
    .string({ error: messages.required })
    .trim()
    .min(SECRET_LENGTH.min, messages.tooShort)
    .max(SECRET_LENGTH.max, messages.tooLong)
    .regex(SECRET_PATTERN, messages.spaces);
};

export const apiKeyInputSchema = z.strictObject({ apiKey: secretText('The API key') }) satisfies z.ZodType<ApiKeyInput>;

/** Test connection: the key just typed (tested without being saved), or none to test the saved one. */
export const connectionTestInputSchema = z.strictObject({ apiKey: secretText('The API key').optional() });

export const webhookSecretInputSchema = z.strictObject({ secret: secretText('The webhook secret') }) satisfies z.ZodType<WebhookSecretInput>;

export const regionSchema = z.enum(API_REGION_NAMES, { error: regionMessage });

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
    message: ALLOWLIST_NEEDS_AN_ADDRESS,
  });

/** The plan saved in Settings: each part null to leave it to the account (PUT /api/settings/billing-plan). */
export const billingPlanSchema = z.strictObject({
  plan: z.enum(PLANS, { error: planMessage }).nullable(),
  ratePerMinute: z.number({ error: rateMessage }).positive(rateMessage).max(MAX_RATE_PER_MINUTE, rateMessage).nullable(),
}) satisfies z.ZodType<BillingPlan>;
