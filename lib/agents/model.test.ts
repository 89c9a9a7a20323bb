import { describe, expect, it } from 'vitest';
import { agentPlaceholders, allowedOverrides, disallowedOverrides, placeholdersIn, telephonyFormatProblems } from './model';

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
