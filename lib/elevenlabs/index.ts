// Entry point: a client configured for this request (key from KV, base URL from region/override).
import { getConfig, API_REGIONS } from '@/lib/config';
import { readApiKey, readRegion } from '@/lib/settings/store';
import { getKv } from '@/lib/kv';
import { ElevenLabsClient, type ClientOptions } from './client';

export { ElevenLabsClient } from './client';
export * from './schemas';

export async function resolveBaseUrl(): Promise<{ baseUrl: string; overridden: boolean }> {
  const override = getConfig().ELEVENLABS_BASE_URL;
  if (override) return { baseUrl: override, overridden: true };
  return { baseUrl: API_REGIONS[await readRegion()], overridden: false };
}

export async function getElevenLabsClient(options: Partial<ClientOptions> = {}): Promise<ElevenLabsClient> {
  const kv = getKv();
  const [apiKey, { baseUrl }] = await Promise.all([readApiKey(kv), resolveBaseUrl()]);
  return new ElevenLabsClient({ baseUrl, apiKey, ...options });
}
