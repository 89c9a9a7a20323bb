// The ElevenLabs client and the schemas of what the dashboard reads. It is handed its key and base
// URL by the caller (lib/settings/service.ts reads them), so it knows nothing of settings or KV.
export { ElevenLabsClient, type ClientOptions } from './client';
export * from './schemas';
