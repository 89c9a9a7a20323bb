// Phone numbers in the browser: the list every "from" picker reads, and assigning an agent.
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api/client';
import { queryRoots } from '@/lib/query/roots';
import type { PhoneNumberView } from './model';

export const phoneNumberKeys = {
  all: queryRoots.phoneNumbers,
  list: () => [...phoneNumberKeys.all, 'list'] as const,
};

export const phoneNumbersQuery = () =>
  queryOptions({
    queryKey: phoneNumberKeys.list(),
    queryFn: () => apiFetch<{ phone_numbers: PhoneNumberView[] }>('/api/phone-numbers'),
    staleTime: 60_000,
  });
