import { describe, expect, it } from 'vitest';
import { clientNavigationTarget, NUDGE_AFTER_MS } from './navigation-stall';

const HERE = 'https://voicedesk.example/agents/agent_1?tab=voice';
const link = (href: string, extra: Partial<{ target: string; download: boolean }> = {}) => ({ href, target: '', download: false, ...extra });
const click = (href: string, overrides: Partial<Parameters<typeof clientNavigationTarget>[0]> = {}) => ({
  defaultPrevented: true,
  button: 0,
  modified: false,
  anchor: link(href),
  ...overrides,
});

describe('clientNavigationTarget', () => {
  it('is the address of an in-app link the router took over', () => {
    expect(clientNavigationTarget(click('/agents'), HERE)).toBe('https://voicedesk.example/agents');
    expect(clientNavigationTarget(click('/agents/agent_1?tab=tools'), HERE)).toBe('https://voicedesk.example/agents/agent_1?tab=tools');
    expect(clientNavigationTarget(click('https://voicedesk.example/calls'), HERE)).toBe('https://voicedesk.example/calls');
  });

  it('is null when the browser navigates itself or the click is not a navigation', () => {
    expect(clientNavigationTarget(click('/agents', { defaultPrevented: false }), HERE)).toBeNull();
    expect(clientNavigationTarget(click('/agents', { button: 1 }), HERE)).toBeNull();
    expect(clientNavigationTarget(click('/agents', { modified: true }), HERE)).toBeNull();
    expect(clientNavigationTarget(click('/agents', { anchor: null }), HERE)).toBeNull();
    expect(clientNavigationTarget(click('/agents', { anchor: link('/agents', { target: '_blank' }) }), HERE)).toBeNull();
    expect(clientNavigationTarget(click('/agents', { anchor: link('/export.csv', { download: true }) }), HERE)).toBeNull();
    expect(clientNavigationTarget(click('https://elevenlabs.io/app'), HERE)).toBeNull();
  });

  it('is null for a link within the page, which does not change the URL Next commits', () => {
    expect(clientNavigationTarget(click('#voice'), HERE)).toBeNull();
    expect(clientNavigationTarget(click('/agents/agent_1?tab=voice#prompt'), HERE)).toBeNull();
  });

  it('a link to the same page with a _self target still counts', () => {
    expect(clientNavigationTarget(click('/calls', { anchor: link('/calls', { target: '_self' }) }), HERE)).toBe('https://voicedesk.example/calls');
  });
});

describe('NUDGE_AFTER_MS', () => {
  it('checks soon, then backs off, and stops within a quarter of a minute', () => {
    expect(NUDGE_AFTER_MS[0]).toBeLessThanOrEqual(1_000);
    expect([...NUDGE_AFTER_MS].sort((a, b) => a - b)).toEqual(NUDGE_AFTER_MS);
    expect(NUDGE_AFTER_MS.at(-1)).toBeLessThanOrEqual(15_000);
  });
});
