import type { Metadata } from 'next';
import { PageNotFound } from '@/components/common/page-not-found';

// Only reached outside the dashboard (its own not-found and [...missing] answer every other address).
// Prerendered: no request data, so it cannot carry the CSP nonce; it needs no script to be read.
export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <main className="min-h-dvh px-4">
      <PageNotFound />
    </main>
  );
}
