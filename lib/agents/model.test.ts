import { describe, expect, it } from 'vitest';
import { AGENT_FIELD_BY_PATH, agentFieldProblem, agentFieldProblems, agentProblems, applyAgentPatch, buildAgentPatch, diffAgent, patchPaths, templateConfig } from './model';
import { agentPlaceholders, allowedOverrides, disallowedOverrides, placeholdersIn, telephonyFormatProblems } from './call-rules';

describe('placeholders', () => {
  it('finds {{names}} in order, once each, without system variables', () => {
    expect(placeholdersIn('Hi {{ name }}, your {{appointment_time}} with {{name}} — {{system__caller_id}}')).toEqual([
      'name',
      'appointment_time',
    ]);
    expect(placeholdersIn(null)).toEqual([]);
  });

  it('joins the prompt and the first message', () => {
    const agent = { conversation_config: { agent: { first_message: 'Hello {{name}}', prompt: { prompt: 'Call about {{order_id}} for {{name}}' } } } };
    expect(agentPlaceholders(agent)).toEqual(['order_id', 'name']);
  });
});

describe('overrides', () => {
  const agent = {
    platform_settings: { overrides: { conversation_config_override: { agent: { first_message: true, language: false, prompt: { prompt: true } }, tts: { voice_id: null } } } },
  };

  it('reads the permission booleans, missing ones refused', () => {
    expect(allowedOverrides(agent)).toEqual({ language: false, first_message: true, system_prompt: true, voice_id: false });
    expect(allowedOverrides({})).toEqual({ language: false, first_message: false, system_prompt: false, voice_id: false });
  });

  it('names the setting to change for each refused override', () => {
    expect(disallowedOverrides(agent, ['first_message', 'voice_id', 'voice_id'])).toEqual([
      { field: 'voice_id', setting: 'Overrides → Voice' },
    ]);
  });
});

describe('telephony formats', () => {
  it('flags each side that is not μ-law 8000 Hz', () => {
    expect(telephonyFormatProblems({ conversation_config: { asr: { user_input_audio_format: 'ulaw_8000' }, tts: { agent_output_audio_format: 'pcm_16000' } } })).toEqual([
      { side: 'output', path: 'conversation_config.tts.agent_output_audio_format', current: 'pcm_16000' },
    ]);
    expect(telephonyFormatProblems({ conversation_config: { asr: { user_input_audio_format: 'ulaw_8000' }, tts: { agent_output_audio_format: 'ulaw_8000' } } })).toEqual([]);
  });
});

describe('diffAgent and buildAgentPatch', () => {
  const before = {
    agent_id: 'agent_1',
    name: 'Reminder',
    tags: ['clinic'],
    metadata: { created_at_unix_secs: 1, updated_at_unix_secs: 2 },
    workflow: { nodes: { start: { type: 'start' } } },
    conversation_config: {
      agent: { first_message: 'Hi', prompt: { prompt: 'Be kind', llm: 'gemini-2.5-flash', tool_ids: ['t1'] } },
      tts: { voice_id: 'v1', speed: 1, brand_new_knob: { a: 1 } },
    },
    platform_settings: { data_collection: { a: { type: 'string' }, b: { type: 'boolean' } }, guardrails: { x: true } },
  };

  it('lists each changed leaf by dotted path, arrays as values, read-only keys skipped', () => {
    const after = structuredClone(before);
    after.conversation_config.tts.speed = 1.1;
    after.conversation_config.agent.prompt.tool_ids = ['t1', 't2'];
    after.tags = ['clinic', 'prod'];
    after.metadata.updated_at_unix_secs = 99;
    expect(diffAgent(before, after)).toEqual([
      { path: 'tags', before: ['clinic'], after: ['clinic', 'prod'] },
      { path: 'conversation_config.agent.prompt.tool_ids', before: ['t1'], after: ['t1', 't2'] },
      { path: 'conversation_config.tts.speed', before: 1, after: 1.1 },
    ]);
    expect(diffAgent(before, structuredClone(before))).toEqual([]);
  });

  it('sends only what changed, nested, unknown fields untouched', () => {
    const after = structuredClone(before);
    after.conversation_config.tts.speed = 0.9;
    after.name = 'Reminder v2';
    const patch = buildAgentPatch(before, after);
    expect(patch).toEqual({ name: 'Reminder v2', conversation_config: { tts: { speed: 0.9 } } });
    expect(patchPaths(patch)).toEqual(['name', 'conversation_config.tts.speed']);
    expect(applyAgentPatch(before, patch)).toEqual(after);
  });

  it('sends a changed unknown field, a removed key as null, and id-keyed maps whole', () => {
    const after = structuredClone(before) as typeof before & { platform_settings: { data_collection: Record<string, unknown> } };
    after.conversation_config.tts.brand_new_knob.a = 2;
    delete (after.platform_settings.data_collection as Record<string, unknown>).b;
    delete (after.platform_settings as Record<string, unknown>).guardrails;
    expect(buildAgentPatch(before, after)).toEqual({
      conversation_config: { tts: { brand_new_knob: { a: 2 } } },
      platform_settings: { data_collection: { a: { type: 'string' } }, guardrails: null },
    });
  });
});

describe('field table', () => {
  it('checks bounds, sentinels and enums with the same words for form and server', () => {
    expect(agentFieldProblems({ conversation_config: { tts: { speed: 1.5, stability: 0.3 }, agent: { prompt: { llm: 'gpt-99', max_tokens: -1 } } } })).toEqual([
      { field: 'conversation_config.agent.prompt.llm', message: 'must be one of the listed values (not gpt-99)' },
      { field: 'conversation_config.tts.speed', message: 'must be between 0.7 and 1.2' },
    ]);
    expect(agentFieldProblem(AGENT_FIELD_BY_PATH.get('platform_settings.privacy.retention_days')!, 0)).toBe('must be between 1 and 3650 (or -1 for unlimited)');
    expect(agentFieldProblem(AGENT_FIELD_BY_PATH.get('name')!, ' ')).toBe('is required');
    expect(agentFieldProblem(AGENT_FIELD_BY_PATH.get('name')!, null)).toBe('is required');
  });

  it('templates use placeholders and telephony formats', () => {
    const config = templateConfig('appointment_reminder');
    expect(agentPlaceholders(config as never)).toEqual(expect.arrayContaining(['patient_name', 'appointment_time']));
    expect(telephonyFormatProblems(config as never)).toEqual([]);
    expect(templateConfig('blank').platform_settings).toEqual({ evaluation: { criteria: [] }, data_collection: {} });
  });
});

describe('agentProblems', () => {
  it('checks analysis items: ids, duplicates, required text, data types', () => {
    const problems = agentProblems({
      platform_settings: {
        evaluation: { criteria: [{ id: 'ok', name: 'Ok', conversation_goal_prompt: 'x' }, { id: 'ok', name: '', conversation_goal_prompt: 'y'.repeat(2001) }] },
        data_collection: { 'bad id': { type: 'string' }, score: { type: 'float' } },
      },
    }).map((p) => `${p.path.join('.')}: ${p.message}`);
    expect(problems).toEqual([
      'platform_settings.evaluation.criteria.1.id: is used twice (ok)',
      'platform_settings.evaluation.criteria.1.name: is required',
      'platform_settings.evaluation.criteria.1.conversation_goal_prompt: must be at most 2000 characters',
      'platform_settings.data_collection.bad id: id must be letters, digits, _ or - (1–64)',
      'platform_settings.data_collection.score.type: must be one of boolean, string, integer, number',
    ]);
    expect(agentProblems(templateConfig('support'))).toEqual([]);
  });
});
