import { fileURLToPath } from 'node:url';
import { setupDevPlatform } from '@cloudflare/next-on-pages/next-dev';

// `next dev` gets the same KV binding as the built worker, persisted beside the demo's data.
if (process.env.NODE_ENV === 'development') {
  await setupDevPlatform({ persist: { path: '.wrangler/state/v3' } });
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks the whole project once (tsc --noEmit) before building; the build
  // would otherwise check it again, and fail on test-only files it never bundles.
  typescript: { ignoreBuildErrors: true },
  eslint: { ignoreDuringBuilds: true },
  // Pages that render data on the server import TanStack Query there (hashKey, query keys).
  // Imported from its index, the whole package counted as the page's client components, and
  // every client hook it exports (useMutation, useQueries, …) joined the page's first load (~5 kB gzip);
  // this makes Next import only the modules used.
  experimental: { optimizePackageImports: ['@tanstack/react-query'] },
  webpack(config, { isServer }) {
    // The batch page's parsing worker (new Worker(new URL(…, import.meta.url))) exists only in the
    // browser; compiled into a server bundle it would make webpack's runtime look for `document` at
    // start-up, which the edge runtime lacks. The server build gets an empty module in its place.
    if (isServer) config.resolve.alias[fileURLToPath(new URL('./lib/batches/upload/client.ts', import.meta.url))] = false;
    return config;
  },
};

export default nextConfig;
