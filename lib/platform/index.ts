// The only module that touches the Cloudflare runtime. Moving to another adapter (e.g. OpenNext's
// getCloudflareContext) changes this file and nothing else.
import { getRequestContext } from '@cloudflare/next-on-pages';

/** Bindings and variables the worker receives (wrangler.toml, `wrangler pages secret`, `-b` in dev). */
export interface PlatformEnv {
  KV: KVNamespace;
  [name: string]: unknown;
}

export interface Platform {
  env: PlatformEnv;
  /** Keeps the worker alive for work that should finish after the response is sent. */
  waitUntil(promise: Promise<unknown>): void;
}

export function getPlatform(): Platform {
  const { env, ctx } = getRequestContext();
  return {
    env: env as unknown as PlatformEnv,
    waitUntil: (promise) => ctx.waitUntil(promise),
  };
}
