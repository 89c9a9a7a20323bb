import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api/client';
import { createMutationCache } from './mutation-cache';

const toast = vi.hoisted(() => ({ success: vi.fn(), error: vi.fn() }));
vi.mock('sonner', () => ({ toast }));

function makeClient() {
  const client: QueryClient = new QueryClient({ mutationCache: createMutationCache(() => client) });
  return client;
}

/** The toast is shown from a dynamically imported module: let it arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

const validation = new ApiError(422, 'validation_failed', 'Invalid input', { fields: [{ field: 'ips.1', message: 'must be an IPv4 or IPv6 address' }] });

beforeEach(() => {
  toast.success.mockReset();
  toast.error.mockReset();
});

describe('the one mutation handler', () => {
  it('leaves a failure to a component that shows it itself', async () => {
    const client = makeClient();
    const failing = client.getMutationCache().build(client, {
      mutationFn: async () => {
        throw new ApiError(502, 'upstream_unavailable', 'ElevenLabs is not answering.');
      },
      meta: { showsError: true },
    });
    await failing.execute(undefined).catch(() => undefined);
    await settle();
    expect(toast.error).not.toHaveBeenCalled();
  });

  it('puts the answer into the query it returns, refetches what it made stale, and toasts the success', async () => {
    const client = makeClient();
    client.setQueryData(['settings', 'view'], { region: 'default' });
    client.setQueryData(['webhooks', 'health'], { ok: true });

    await client
      .getMutationCache()
      .build(client, {
        mutationFn: async () => ({ region: 'eu' }),
        meta: { returns: ['settings', 'view'], invalidates: [['webhooks', 'health']], successMessage: (view) => `Region ${(view as { region: string }).region}` },
      })
      .execute(undefined);
    await settle();

    expect(client.getQueryData(['settings', 'view'])).toEqual({ region: 'eu' });
    expect(client.getQueryState(['webhooks', 'health'])?.isInvalidated).toBe(true);
    expect(toast.success).toHaveBeenCalledWith('Region eu');
  });

  it("toasts a failure with the meta's title and the error's message", async () => {
    const client = makeClient();
    const failing = client.getMutationCache().build(client, {
      mutationFn: async () => {
        throw new ApiError(409, 'conflict', 'The record changed since it was loaded.');
      },
      meta: { errorMessage: 'The region was not saved' },
    });
    await failing.execute(undefined).catch(() => undefined);
    await settle();
    expect(toast.error).toHaveBeenCalledWith('The region was not saved', { description: 'The record changed since it was loaded.' });
  });

  it.each([
    ['a form that has the field shows it there: no toast', ['enabled', 'ips'], 0],
    ['a form without that field leaves it to the toast', ['apiKey'], 1],
    ['a mutation from no form toasts it', undefined, 1],
  ])('a 422 with field details: %s', async (_, formFields, toasts) => {
    const client = makeClient();
    const failing = client.getMutationCache().build(client, {
      mutationFn: async () => {
        throw validation;
      },
      meta: { formFields },
    });
    await failing.execute(undefined).catch(() => undefined);
    await settle();
    expect(toast.error).toHaveBeenCalledTimes(toasts);
  });
});
