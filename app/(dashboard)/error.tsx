'use client';

import { ErrorState } from '@/components/common/error-state';

export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorState message={error.digest ? `Something failed on our side (reference ${error.digest}).` : error.message} onRetry={reset} />;
}
