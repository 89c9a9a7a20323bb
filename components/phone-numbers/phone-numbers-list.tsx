'use client';

import { Suspense } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Phone } from 'lucide-react';
import { EmptyState } from '@/components/common/empty-state';
import { lazyWithPreload, usePreloadOnMount } from '@/components/common/lazy-with-preload';
import { LoadingRows } from '@/components/common/loading-rows';
import { QueryState } from '@/components/common/query-state';
import { phoneNumbersQuery } from '@/lib/phone-numbers/queries';

// The rows (assign select, unassign, the telephony warning) show only once the list has answered: their
// code is fetched beside that request, out of the page's first load (as the conversations list does).
const PhoneNumberRows = lazyWithPreload(() => import('./phone-number-rows'), 'PhoneNumberRows');

/** Every phone number with its provider, directions and agent; assign or unassign from here. */
export function PhoneNumbersList() {
  const numbers = useQuery(phoneNumbersQuery());
  usePreloadOnMount(PhoneNumberRows);
  return (
    <QueryState query={numbers} loadingLabel="Loading phone numbers">
      {(data) =>
        data.phone_numbers.length === 0 ? (
          <EmptyState icon={Phone} title="No phone numbers" description="Import a Twilio or SIP trunk number in ElevenLabs to place and receive calls." />
        ) : (
          <Suspense fallback={<LoadingRows />}>
            <PhoneNumberRows numbers={data.phone_numbers} />
          </Suspense>
        )
      }
    </QueryState>
  );
}
