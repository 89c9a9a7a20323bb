// An agent as ElevenLabs returns it, as far as the dashboard reads it: apart from model.ts so that
// call-rules.ts, which model.ts uses, can name it without an import cycle.
// https://elevenlabs.io/docs/api-reference/agents/get

/** An agent as GET /v1/convai/agents/{id} returns it; every key the dashboard does not know is kept. */
export interface AgentDetail {
  agent_id: string;
  name: string;
  tags?: string[] | null;
  conversation_config?: AgentConversationConfig | null;
  platform_settings?: AgentPlatformSettings | null;
  metadata?: { created_at_unix_secs?: number; updated_at_unix_secs?: number } & Record<string, unknown>;
  phone_numbers?: Array<{ phone_number_id?: string; phone_number?: string; label?: string } & Record<string, unknown>> | null;
  [key: string]: unknown;
}

export interface AgentConversationConfig {
  agent?: {
    first_message?: string | null;
    language?: string | null;
    prompt?: { prompt?: string | null; llm?: string | null; [key: string]: unknown } | null;
    [key: string]: unknown;
  } | null;
  tts?: { voice_id?: string | null; agent_output_audio_format?: string | null; [key: string]: unknown } | null;
  asr?: { user_input_audio_format?: string | null; [key: string]: unknown } | null;
  [key: string]: unknown;
}

export interface AgentPlatformSettings {
  overrides?: {
    conversation_config_override?: {
      agent?: { first_message?: boolean | null; language?: boolean | null; prompt?: { prompt?: boolean | null } | null } | null;
      tts?: { voice_id?: boolean | null } | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  } | null;
  [key: string]: unknown;
}
