import { describe, expect, it } from 'vitest';
import { checkRules } from '@/lib/forms/rules';
import { apiKeyRules, ipAllowlistRules, regionRules, webhookSecretRules } from './form-rules';
import { apiKeyInputSchema, ipAllowlistInputSchema, regionInputSchema, webhookSecretInputSchema } from './schemas';

/** The server's first message for each field, as the route would answer it in a 422. */
function serverIssues(schema: { safeParse: (input: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown) {
  const result = schema.safeParse(input);
  const first = new Map<string, string>();
  for (const issue of result.error?.issues ?? []) {
    const field = String(issue.path[0]);
    if (!first.has(field)) first.set(field, issue.message);
  }
  return [...first].map(([field, message]) => ({ field, message }));
}

const SECRETS = ['', 'short', '   padded-but-short   ', 'sk_' + 'a'.repeat(40), 'has a space inside it!!', 'x'.repeat(257), `  ${'y'.repeat(20)}  `];

describe('the settings forms check what the routes check, with the same words', () => {
  it.each(SECRETS)('API key %j', (apiKey) => {
    expect(checkRules(apiKeyRules, { apiKey })).toEqual(serverIssues(apiKeyInputSchema, { apiKey }));
  });

  it.each(SECRETS)('webhook secret %j', (secret) => {
    expect(checkRules(webhookSecretRules, { secret })).toEqual(serverIssues(webhookSecretInputSchema, { secret }));
  });

  it.each(['default', 'eu', 'mars'])('region %j', (region) => {
    expect(checkRules(regionRules, { region } as never)).toEqual(serverIssues(regionInputSchema, { region }));
  });

  it('an allowlist turned on needs an address; each address itself is left to the server', () => {
    expect(checkRules(ipAllowlistRules, { enabled: true, ips: ' \n ' })).toEqual(serverIssues(ipAllowlistInputSchema, { enabled: true, ips: [] }));
    expect(checkRules(ipAllowlistRules, { enabled: false, ips: '' })).toEqual([]);
    expect(checkRules(ipAllowlistRules, { enabled: true, ips: '34.67.146.145' })).toEqual([]);
  });
});
