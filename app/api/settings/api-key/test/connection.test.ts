import { describe, expect, it, vi } from 'vitest';
import { writeSecret } from '@/lib/settings/store';
import { useRouteStack } from '@/lib/testing/route-stack';
import { testConnectionRoute } from '@/lib/testing/routes';
import { SIMULATOR_DEFAULT_API_KEY } from '@/e2e/simulator/defaults';

vi.mock('@/lib/auth/session', () => ({ getAdminSession: vi.fn() }));

const stack = useRouteStack({ saveKey: false });

describe('POST /api/settings/api-key/test', () => {
  it('tests the key just typed, without saving it', async () => {
    const typed = await testConnectionRoute({ apiKey: SIMULATOR_DEFAULT_API_KEY });
    expect(typed.status).toBe(200);
    expect(typed.body.status).toBe('valid');
    expect(await stack.platform.env.KV.get('elevenlabs_api_key')).toBeNull();
  });

  it('says a wrong typed key is invalid even while a good one is saved', async () => {
    await writeSecret('apiKey', SIMULATOR_DEFAULT_API_KEY, 'test');
    const typed = await testConnectionRoute({ apiKey: 'sk_wrong_0123456789abcdef' });
    expect(typed.body.status).toBe('invalid');
    const saved = await testConnectionRoute();
    expect(saved.body.status).toBe('valid');
  });

  // The result shows on Settings, in the key's own card: "Replace it in Settings" would send the
  // reader where they already are, and a typed key is not "the saved" one.
  it.each([
    ['typed', { apiKey: 'sk_wrong_0123456789abcdef' }, 'ElevenLabs rejected this key. Check that it was copied whole and try again.'],
    ['saved', {}, 'ElevenLabs rejected the saved key. Type a new one above and save it.'],
  ])("says in the Settings card's own words that a %s key is rejected", async (_, input, message) => {
    await writeSecret('apiKey', 'sk_wrong_saved_0123456789abcdef', 'test');
    const result = await testConnectionRoute(input);
    expect(result.body).toEqual({ status: 'invalid', message });
    expect(result.body.message).not.toContain('Settings');
  });

  it('names the field when the typed key is malformed', async () => {
    const response = await testConnectionRoute({ apiKey: 'short' });
    expect(response.status).toBe(422);
    expect(response.body.error.details.fields[0].field).toBe('apiKey');
  });
});
