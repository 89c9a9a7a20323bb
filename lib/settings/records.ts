// The plain (non-secret) settings in KV, one key per setting: two saves of different settings never
// read-modify-write one key (KV takes one write per second per key and the last write wins).
// The secrets' records are in ./secret-record.ts, which the demo kit imports under plain Node.
import 'server-only';
import { z } from 'zod';
import { kvRecord } from '@/lib/kv';
import { billingPlanSchema, ipAllowlistSchema, regionSchema } from './schemas';

export const regionRecord = kvRecord({ key: 'voicedesk_settings:region', schema: regionSchema });

export const ipAllowlistRecord = kvRecord({ key: 'voicedesk_settings:webhook_ip_allowlist', schema: ipAllowlistSchema });

export const billingPlanRecord = kvRecord({ key: 'voicedesk_settings:billing_plan', schema: billingPlanSchema });

/**
 * The combined record deployments wrote before the split: read only, as the fallback for a setting
 * never saved since, so an upgrade keeps its values. Each field optional, as it always was.
 */
export const legacySettingsRecord = kvRecord({
  key: 'voicedesk_settings',
  schema: z.object({ region: regionSchema.optional(), webhookIpAllowlist: ipAllowlistSchema.optional() }),
});
export type LegacySettings = NonNullable<Awaited<ReturnType<typeof legacySettingsRecord.get>>>;
