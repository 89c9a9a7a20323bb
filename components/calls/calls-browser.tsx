'use client';

import { Suspense } from 'react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { lazyWithPreload, usePreloadOnMount } from '@/components/common/lazy-with-preload';
import { LoadingRows } from '@/components/common/loading-rows';
import type { CallFilters } from '@/lib/calls/model';
import { RecentCalls } from './recent-calls';

// The form brings react-hook-form and libphonenumber-js's metadata: fetched beside the page's first
// requests, out of its first-load JS.
const CallForm = lazyWithPreload(() => import('./call-form'), 'CallForm');

export function CallsBrowser({ filters }: { filters: CallFilters }) {
  usePreloadOnMount(CallForm);
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle>New call</CardTitle>
          <CardDescription>The agent calls the number from one of your Twilio or SIP trunk numbers.</CardDescription>
        </CardHeader>
        <CardContent>
          <Suspense fallback={<LoadingRows rows={4} label="Loading the call form" />}>
            <CallForm />
          </Suspense>
        </CardContent>
      </Card>
      <RecentCalls filters={filters} />
    </div>
  );
}
