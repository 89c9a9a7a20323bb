import { describe, expect, it } from 'vitest';
import { linkDestination, type LinkClick } from './link-click';

const HERE = 'https://voicedesk.example/agents/agent_1?tab=voice';
const link = (href: string, extra: Partial<{ target: string; download: boolean }> = {}) => ({ href, target: '', download: false, ...extra });
const click = (href: string, overrides: Partial<LinkClick> = {}): LinkClick => ({ button: 0, modified: false, anchor: link(href), ...overrides });

describe('linkDestination', () => {
  it('names an in-app page, another page of it, and a page elsewhere', () => {
    expect(linkDestination(click('/agents'), HERE)).toEqual({ href: 'https://voicedesk.example/agents', inApp: true, samePage: false });
    expect(linkDestination(click('/agents/agent_1?tab=tools'), HERE)).toEqual({ href: 'https://voicedesk.example/agents/agent_1?tab=tools', inApp: true, samePage: false });
    expect(linkDestination(click('https://elevenlabs.io/app'), HERE)).toEqual({ href: 'https://elevenlabs.io/app', inApp: false, samePage: false });
  });

  it('a link that changes only the hash stays on the same page', () => {
    expect(linkDestination(click('#voice'), HERE)?.samePage).toBe(true);
    expect(linkDestination(click('/agents/agent_1?tab=voice#prompt'), HERE)?.samePage).toBe(true);
  });

  it('is null for a click that does not open a link in this tab', () => {
    expect(linkDestination(click('/agents', { button: 1 }), HERE)).toBeNull();
    expect(linkDestination(click('/agents', { modified: true }), HERE)).toBeNull();
    expect(linkDestination(click('/agents', { anchor: null }), HERE)).toBeNull();
    expect(linkDestination(click('/agents', { anchor: link('/agents', { target: '_blank' }) }), HERE)).toBeNull();
    expect(linkDestination(click('/agents', { anchor: link('/export.csv', { download: true }) }), HERE)).toBeNull();
  });

  it('a _self target opens here', () => {
    expect(linkDestination(click('/calls', { anchor: link('/calls', { target: '_self' }) }), HERE)?.href).toBe('https://voicedesk.example/calls');
  });
});
