// Configuration read from the worker's variables and secrets, validated once per request.
// A missing or malformed value is a ConfigError naming the variable, never a silent default
// for anything security-relevant.
import { z } from 'zod';
import { getPlatform } from '@/lib/platform';

const httpUrl = (message: string) => z.url({ protocol: /^https?$/, error: message });
const emailSchema = z.string().trim().toLowerCase().pipe(z.email());

export const configSchema = z.object({
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (openssl rand -base64 33)'),
  AUTH_URL: httpUrl('must be the public origin, e.g. https://voicedesk.example.com'),
  ADMIN_EMAIL: emailSchema,
  ADMIN_PASSWORD_HASH: z.string().regex(/^pbkdf2-sha256\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/, 'must come from `npm run hash-password`'),
  SECRETS_KEY: z
    .string()
    .refine((value) => decodedLength(value) === 32, 'must be 32 random bytes, base64 (openssl rand -base64 32)'),
  ELEVENLABS_BASE_URL: httpUrl('must be an http(s) URL, e.g. http://127.0.0.1:8790').optional(),
  WEBHOOK_LOG_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** How long refused deliveries are counted in memory before the instance writes its tally. */
  WEBHOOK_REJECTION_FLUSH_MS: z.coerce.number().int().min(0).max(25_000).default(5_000),
});

export type AppConfig = z.infer<typeof configSchema> & {
  /** True when the public origin is https: cookies get the `__Secure-` prefix and HSTS is sent. */
  secureCookies: boolean;
};

export class ConfigError extends Error {
  constructor(readonly issues: { variable: string; problem: string }[]) {
    super(`Server configuration is incomplete: ${issues.map((i) => `${i.variable} ${i.problem}`).join('; ')}`);
    this.name = 'ConfigError';
  }
}

function decodedLength(base64: string): number {
  try {
    return atob(base64.trim()).length;
  } catch {
    return -1;
  }
}

/** Parses a plain record of variables; exported for tests and for the CLI scripts. */
export function parseConfig(source: Record<string, unknown>): AppConfig {
  const strings = Object.fromEntries(
    Object.entries(source).filter(([, value]) => typeof value === 'string' && value !== ''),
  );
  const result = configSchema.safeParse(strings);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? 'config'),
        problem: issue.code === 'invalid_type' ? 'is not set' : issue.message,
      })),
    );
  }
  return { ...result.data, secureCookies: new URL(result.data.AUTH_URL).protocol === 'https:' };
}

const CONFIG_VARIABLES = Object.keys(configSchema.shape) as (keyof typeof configSchema.shape)[];
let lastParsed: { source: unknown[]; config: AppConfig } | null = null;

/**
 * Worker bindings win over process.env (next-on-pages copies them there too, `next dev` only has the
 * latter). Parsed again only when a value changed: several modules ask per request, and the
 * validation is measurable on the webhook hot path.
 */
export function getConfig(): AppConfig {
  const env = getPlatform().env;
  const source = CONFIG_VARIABLES.map((name) => env[name] ?? process.env[name]);
  if (lastParsed && source.every((value, i) => value === lastParsed!.source[i])) return lastParsed.config;
  const config = parseConfig(Object.fromEntries(CONFIG_VARIABLES.map((name, i) => [name, source[i]])));
  lastParsed = { source, config };
  return config;
}
