// The settings forms' validation, safe for the browser (no zod): the same limits and messages the
// server's schemas in schemas.ts are built from, so a form and its route cannot disagree.
import type { FormRules } from '@/lib/forms/rules';
import { API_REGION_NAMES, MAX_RATE_PER_MINUTE, PLANS, type ApiRegionName } from './model';

export const SECRET_LENGTH = { min: 16, max: 256 } as const;
export const SECRET_PATTERN = /^\S+$/;

/** The messages a secret field gets, named for what it holds ("The API key"). */
export const secretMessages = (what: string) => ({
  required: `${what} is required`,
  tooShort: `${what} looks too short (at least ${SECRET_LENGTH.min} characters)`,
  tooLong: `${what} is too long (at most ${SECRET_LENGTH.max} characters)`,
  spaces: `${what} must not contain spaces`,
});

/** The server trims first, then checks: so does the form. */
export function secretProblem(what: string, value: string | undefined): string | undefined {
  const messages = secretMessages(what);
  if (typeof value !== 'string') return messages.required;
  const text = value.trim();
  if (text.length < SECRET_LENGTH.min) return messages.tooShort;
  if (text.length > SECRET_LENGTH.max) return messages.tooLong;
  if (!SECRET_PATTERN.test(text)) return messages.spaces;
  return undefined;
}

export const regionMessage = `must be one of ${API_REGION_NAMES.join(', ')}`;

export const apiKeyRules: FormRules<{ apiKey: string }> = { apiKey: (value) => secretProblem('The API key', value) };
export const webhookSecretRules: FormRules<{ secret: string }> = { secret: (value) => secretProblem('The webhook secret', value) };
export const regionRules: FormRules<{ region: ApiRegionName }> = {
  region: (value) => (API_REGION_NAMES.includes(value) ? undefined : regionMessage),
};

export const ALLOWLIST_NEEDS_AN_ADDRESS = 'add at least one address before turning the allowlist on';

/** The allowlist form holds the addresses as typed, one per line; the server checks each address. */
export const ipAllowlistRules: FormRules<{ enabled: boolean; ips: string }> = {
  ips: (text, { enabled }) => (enabled && addressLines(text).length === 0 ? ALLOWLIST_NEEDS_AN_ADDRESS : undefined),
};

/** Addresses as typed: one per line, or separated by commas or spaces. */
export function addressLines(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((ip) => ip.trim())
    .filter(Boolean);
}

export const planMessage = `must be one of ${PLANS.join(', ')}, or none`;
export const rateMessage = `must be a price per minute in USD, above 0 and at most ${MAX_RATE_PER_MINUTE}`;

/** The plan form holds the rate as typed; empty means "the plan's published rate". */
export interface BillingPlanForm {
  plan: string;
  ratePerMinute: string;
}

export const billingPlanRules: FormRules<BillingPlanForm> = {
  plan: (value) => (value === '' || (PLANS as readonly string[]).includes(value) ? undefined : planMessage),
  ratePerMinute: (value) => (value.trim() === '' || isRate(Number(value)) ? undefined : rateMessage),
};

export const isRate = (value: number): boolean => Number.isFinite(value) && value > 0 && value <= MAX_RATE_PER_MINUTE;
