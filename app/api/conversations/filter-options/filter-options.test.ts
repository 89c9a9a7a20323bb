// GET /api/conversations/filter-options against the simulator's seeded agents and real local KV.
import { describe, expect, it, vi } from 'vitest';
import { getAdminSession } from '@/lib/auth/session';
import { FIELD_ID_PATTERN, filterOptionsFromAgents } from '@/lib/conversations/model';
import { callRoute } from '@/lib/testing/routes';
import { useRouteStack } from '@/lib/testing/route-stack';
import { AGENT_TEMPLATES } from '@/e2e/simulator/scripts';
import * as route from './route';

vi.mock('@/lib/auth/session', () => ({ getAdminSession: vi.fn() }));

useRouteStack();

describe('GET /api/conversations/filter-options', () => {
  it('offers every criterion and data-collection id the agents define, once each, with the agents that use it', async () => {
    const result = await callRoute(route.GET, 'GET', '/api/conversations/filter-options');
    expect(result.status).toBe(200);
    expect(result.headers.get('cache-control')).toBe('private, max-age=300');
    const criteria = new Set(AGENT_TEMPLATES.flatMap((t) => t.criteria.map((c) => c.id)));
    const fields = new Set(AGENT_TEMPLATES.flatMap((t) => Object.keys(t.dataCollection)));
    expect(result.body.criteria.map((o: { id: string }) => o.id)).toEqual([...criteria].sort());
    expect(result.body.dataFields.map((o: { id: string }) => o.id)).toEqual([...fields].sort());
    const booked = result.body.criteria.find((o: { id: string }) => o.id === 'demo_booked');
    expect(booked).toMatchObject({ label: 'Demo booked', agents: [AGENT_TEMPLATES.find((t) => t.criteria.some((c) => c.id === 'demo_booked'))!.name] });
  });

  it('answers 401 without a session', async () => {
    vi.mocked(getAdminSession).mockResolvedValue(null);
    expect((await callRoute(route.GET, 'GET', '/api/conversations/filter-options')).status).toBe(401);
  });
});

describe('filterOptionsFromAgents', () => {
  it.each([
    ['no platform settings', { name: 'A' }, [], []],
    ['criteria and fields', { name: 'A', platform_settings: { evaluation: { criteria: [{ id: 'ok', name: 'OK' }] }, data_collection: { city: { description: 'City' } } } }, ['ok'], ['city']],
    ['shapes it does not know', { name: 'A', platform_settings: { evaluation: { criteria: 'x' }, data_collection: [1] } }, [], []],
    ['ids no filter accepts', { name: 'A', platform_settings: { evaluation: { criteria: [{ id: 'has space' }, { id: 3 }] }, data_collection: { 'a:b': {} } } }, [], []],
  ])('%s', (_, agent, criteria, fields) => {
    const options = filterOptionsFromAgents([agent]);
    expect(options.criteria.map((o) => o.id)).toEqual(criteria);
    expect(options.dataFields.map((o) => o.id)).toEqual(fields);
  });

  it('merges an id two agents define', () => {
    const settings = { evaluation: { criteria: [{ id: 'polite' }] } };
    const options = filterOptionsFromAgents([{ name: 'A', platform_settings: settings }, { name: 'B', platform_settings: { evaluation: { criteria: [{ id: 'polite', name: 'Polite' }] } } }]);
    expect(options.criteria).toEqual([{ id: 'polite', label: 'Polite', agents: ['A', 'B'] }]);
  });
});

describe('FIELD_ID_PATTERN', () => {
  // Browsers compile an <input pattern> with the `v` flag; the server's regexes use none.
  it.each(['', 'u', 'v'])('compiles with flags "%s" and accepts ids only', (flags) => {
    const re = new RegExp(`^(?:${FIELD_ID_PATTERN})$`, flags);
    expect(re.test('attendance_confirmed')).toBe(true);
    expect(re.test('demo-booked')).toBe(true);
    expect(re.test('two words')).toBe(false);
    expect(re.test('a:b')).toBe(false);
  });
});
