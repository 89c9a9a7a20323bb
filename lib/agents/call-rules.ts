// What a call or a batch row needs to know of an agent: which overrides it allows, which
// `{{placeholders}}` it fills, whether its audio suits telephony. Apart from the editor's field table
// (model.ts) so that the outbound-call, phone-number and batch pages carry only these few rules.
// Field paths follow ElevenLabs' agent object: https://elevenlabs.io/docs/api-reference/agents/get
import type { AgentDetail } from './detail';

/**
 * The overrides a call or a batch row may carry: the batch CSV's special columns, and the override
 * fields of the outbound-call form. Each is allowed only where the agent allows it.
 */
export const OVERRIDE_FIELDS = ['language', 'first_message', 'system_prompt', 'voice_id'] as const;
export type OverrideField = (typeof OVERRIDE_FIELDS)[number];

/** Where each override goes in `conversation_initiation_client_data.conversation_config_override`. */
export const OVERRIDE_PATH: Record<OverrideField, readonly string[]> = {
  language: ['agent', 'language'],
  first_message: ['agent', 'first_message'],
  system_prompt: ['agent', 'prompt', 'prompt'],
  voice_id: ['tts', 'voice_id'],
};

/** The agent setting that allows each override, named as the editor's Overrides section names it. */
export const OVERRIDE_SETTING_LABEL: Record<OverrideField, string> = {
  language: 'Overrides → Language',
  first_message: 'Overrides → First message',
  system_prompt: 'Overrides → System prompt',
  voice_id: 'Overrides → Voice',
};

export type AllowedOverrides = Record<OverrideField, boolean>;

/** Which overrides the agent allows (`platform_settings.overrides.conversation_config_override`). */
export function allowedOverrides(agent: Pick<AgentDetail, 'platform_settings'>): AllowedOverrides {
  const allow = agent.platform_settings?.overrides?.conversation_config_override;
  return {
    language: allow?.agent?.language === true,
    first_message: allow?.agent?.first_message === true,
    system_prompt: allow?.agent?.prompt?.prompt === true,
    voice_id: allow?.tts?.voice_id === true,
  };
}

/** Overrides asked for that the agent does not allow: each names the setting to change. */
export function disallowedOverrides(
  agent: Pick<AgentDetail, 'platform_settings'>,
  asked: Iterable<OverrideField>,
): Array<{ field: OverrideField; setting: string }> {
  const allowed = allowedOverrides(agent);
  return [...new Set(asked)].filter((field) => !allowed[field]).map((field) => ({ field, setting: OVERRIDE_SETTING_LABEL[field] }));
}

/** Names ElevenLabs fills in itself on every call (https://elevenlabs.io/docs/agents-platform/customization/personalization/dynamic-variables). */
export const SYSTEM_VARIABLE_PREFIX = 'system__';

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

/** `{{name}}` placeholders in one text, in first-seen order, without system variables. */
export function placeholdersIn(text: string | null | undefined): string[] {
  const names = new Set<string>();
  for (const match of (text ?? '').matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (!name.startsWith(SYSTEM_VARIABLE_PREFIX)) names.add(name);
  }
  return [...names];
}

/** The dynamic variables a call to this agent must supply: those its system prompt and first message use. */
export function agentPlaceholders(agent: Pick<AgentDetail, 'conversation_config'>): string[] {
  const config = agent.conversation_config?.agent;
  return [...new Set([...placeholdersIn(config?.prompt?.prompt), ...placeholdersIn(config?.first_message)])];
}

/** Phone calls carry μ-law 8000 Hz audio; an agent on a number needs it on both sides. */
export const TELEPHONY_AUDIO_FORMAT = 'ulaw_8000';

export interface TelephonyFormatProblem {
  side: 'input' | 'output';
  /** Dotted path in the agent object, as the editor names fields. */
  path: 'conversation_config.asr.user_input_audio_format' | 'conversation_config.tts.agent_output_audio_format';
  current: string | null;
}

/** The audio formats that stop this agent from working on a phone number (empty when fine). */
export function telephonyFormatProblems(agent: Pick<AgentDetail, 'conversation_config'>): TelephonyFormatProblem[] {
  const input = agent.conversation_config?.asr?.user_input_audio_format ?? null;
  const output = agent.conversation_config?.tts?.agent_output_audio_format ?? null;
  const problems: TelephonyFormatProblem[] = [];
  if (input !== TELEPHONY_AUDIO_FORMAT) problems.push({ side: 'input', path: 'conversation_config.asr.user_input_audio_format', current: input });
  if (output !== TELEPHONY_AUDIO_FORMAT) problems.push({ side: 'output', path: 'conversation_config.tts.agent_output_audio_format', current: output });
  return problems;
}

/** The PATCH body that fixes every telephony problem (both formats to μ-law 8000 Hz). */
export function telephonyFixPatch(): { conversation_config: { asr: { user_input_audio_format: string }; tts: { agent_output_audio_format: string } } } {
  return {
    conversation_config: {
      asr: { user_input_audio_format: TELEPHONY_AUDIO_FORMAT },
      tts: { agent_output_audio_format: TELEPHONY_AUDIO_FORMAT },
    },
  };
}
