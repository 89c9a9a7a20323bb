// Entry point: a client configured for this request (key from KV, base URL from region/override).
import { getConfig, API_REGIONS, type ApiRegion } from '@/lib/config';
import { readRegion, readUpstreamAccess } from '@/lib/settings/store';
import { getKv } from '@/lib/kv';
import { ElevenLabsClient, type ClientOptions } from './client';

export { ElevenLabsClient } from './client';
export * from './schemas';

/** The operator's override (the simulator in demo and tests) wins over the region's host. */
function baseUrlFor(region: ApiRegion): { baseUrl: string; overridden: boolean } {
  const override = getConfig().ELEVENLABS_BASE_URL;
  return override ? { baseUrl: override, overridden: true } : { baseUrl: API_REGIONS[region], overridden: false };
}

export async function resolveBaseUrl(): Promise<{ baseUrl: string; overridden: boolean }> {
  return baseUrlFor(await readRegion());
}

export async function getElevenLabsClient(options: Partial<ClientOptions> = {}): Promise<ElevenLabsClient> {
  const { apiKey, region } = await readUpstreamAccess(getKv());
  return new ElevenLabsClient({ baseUrl: baseUrlFor(region).baseUrl, apiKey, ...options });
}
