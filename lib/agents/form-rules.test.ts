import { describe, expect, it } from 'vitest';
import { agentDraftProblems, createAgentRules, editableJson, nameProblem, parseAgentJson } from './form-rules';
import type { AgentDetail } from './model';

const agent: AgentDetail = {
  agent_id: 'agent_1',
  name: 'Support',
  tags: ['a'],
  conversation_config: { tts: { speed: 1 }, future_block: { kept: true } },
  platform_settings: { evaluation: { criteria: [] } },
  metadata: { created_at_unix_secs: 1, updated_at_unix_secs: 2 },
  phone_numbers: [{ phone_number: '+14155550123' }],
};

describe('the Advanced JSON', () => {
  it('shows what can be edited, without the read-only keys', () => {
    const shown = JSON.parse(editableJson(agent)) as Record<string, unknown>;
    expect(Object.keys(shown).sort()).toEqual(['conversation_config', 'name', 'platform_settings', 'tags']);
    expect(shown.conversation_config).toEqual(agent.conversation_config);
  });

  it('reads an edit back with the loaded read-only keys, whatever the text says', () => {
    const text = JSON.stringify({ ...JSON.parse(editableJson(agent)), name: 'Renamed', agent_id: 'agent_other', metadata: { updated_at_unix_secs: 99 } });
    const parsed = parseAgentJson(text, agent);
    expect(parsed).toEqual({ ok: true, agent: { ...agent, name: 'Renamed' } });
  });

  it.each([
    ['{ "name": ', /^Not valid JSON/],
    ['[]', /must be a JSON object/],
    ['{ "tags": [] }', /“name” must be text/],
    ['{ "name": "x", "tags": "a,b" }', /“tags” must be a list of text/],
    ['{ "name": "x", "conversation_config": [] }', /“conversation_config” must be an object/],
    ['{ "name": "x", "platform_settings": 3 }', /“platform_settings” must be an object/],
  ])('refuses %s', (text, message) => {
    const parsed = parseAgentJson(text, agent);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });
});

describe('draft checks', () => {
  it('names the field out of bounds by its dotted path', () => {
    const draft = { ...agent, conversation_config: { tts: { speed: 3 } } };
    expect(agentDraftProblems(draft)).toEqual([{ field: 'conversation_config.tts.speed', message: expect.stringContaining('between 0.7 and 1.2') }]);
  });

  it('names list items by index', () => {
    const draft = { ...agent, platform_settings: { evaluation: { criteria: [{ id: 'ok', name: '', conversation_goal_prompt: 'g' }] } } };
    expect(agentDraftProblems(draft).map((problem) => problem.field)).toEqual(['platform_settings.evaluation.criteria.0.name']);
  });

  it('passes a valid agent', () => {
    expect(agentDraftProblems(agent)).toEqual([]);
  });
});

describe('create and duplicate names', () => {
  it.each([
    ['', 'Name is required'],
    ['   ', 'Name is required'],
    ['x'.repeat(201), 'Name must be at most 200 characters'],
    ['Support', undefined],
  ])('%j → %s', (name, message) => {
    expect(nameProblem(name)).toBe(message);
  });

  it('needs a known template', () => {
    expect(createAgentRules.template?.('blank', { name: 'a', template: 'blank' })).toBeUndefined();
    expect(createAgentRules.template?.('nope' as never, { name: 'a', template: 'nope' as never })).toBe('Choose a starting template');
  });
});
