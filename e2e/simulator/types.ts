// The simulator's state, in the real API's wire format (snake_case). Fields the simulator needs
// for itself (template, audioFile) are stripped before anything is sent.
export interface TranscriptTurn {
  role: 'agent' | 'user';
  message: string | null;
  tool_calls: Record<string, unknown>[];
  tool_results: Record<string, unknown>[];
  feedback: { score: 'like' | 'dislike'; time_in_call_secs: number } | null;
  time_in_call_secs: number;
  interrupted: boolean;
  source_medium: 'audio' | 'text';
}

export interface Conversation {
  agent_id: string;
  agent_name: string;
  conversation_id: string;
  status: 'initiated' | 'in-progress' | 'processing' | 'done' | 'failed';
  user_id: string | null;
  transcript: TranscriptTurn[];
  metadata: {
    start_time_unix_secs: number;
    accepted_time_unix_secs: number;
    call_duration_secs: number;
    cost: number;
    termination_reason: string;
    feedback: { overall_score: null; likes: number; dislikes: number };
    authorization_method: string;
    phone_call: Record<string, unknown> | null;
    batch_call: { batch_call_id: string; batch_call_recipient_id: string } | null;
    error: { code: number; reason: string } | null;
    main_language: string;
    text_only: boolean;
  };
  analysis: {
    evaluation_criteria_results: Record<string, { criteria_id: string; result: string; rationale: string }>;
    data_collection_results: Record<string, { data_collection_id: string; value: unknown; rationale: string }>;
    call_successful: 'success' | 'failure' | 'unknown';
    transcript_summary: string;
    call_summary_title: string;
  } | null;
  conversation_initiation_client_data: Record<string, unknown>;
  has_audio: boolean;
  has_user_audio: boolean;
  has_response_audio: boolean;
  has_auxiliary_audio: boolean;
  /** Simulator-only: which committed MP3 plays for this conversation. */
  audioFile: string | null;
}

export interface Agent {
  agent_id: string;
  name: string;
  /** Simulator-only: the dialogue template. */
  template: string;
  tags: string[];
  conversation_config: Record<string, unknown>;
  platform_settings: Record<string, unknown>;
  /** Set once a create or PATCH sends one. */
  workflow?: Record<string, unknown>;
  metadata: { created_at_unix_secs: number; updated_at_unix_secs: number };
  created_at_unix_secs: number;
  last_call_time_unix_secs: number | null;
}

export interface PhoneNumber {
  phone_number: string;
  label: string;
  provider: 'twilio' | 'sip_trunk';
  phone_number_id: string;
  assigned_agent: { agent_id: string; agent_name: string; environment?: string; branch_id?: string } | null;
  /** SIP trunk numbers only, once changed through PATCH; until then they show the default trunk. */
  sip?: SipTrunkSettings;
}

/** A SIP trunk as GET returns it: credentials reduced to whether there are any, and the username. */
export interface SipTrunkSettings {
  outbound_trunk: {
    address: string;
    transport: string;
    media_encryption: string;
    has_auth_credentials: boolean;
    username?: string;
    headers?: Record<string, string>;
    attributes_to_headers?: Record<string, string>;
    enabled_codecs?: string[];
  };
  inbound_trunk: {
    allowed_addresses: string[];
    allowed_numbers?: string[];
    media_encryption: string;
    has_auth_credentials: boolean;
    username?: string;
    remote_domains?: string[];
    attributes_to_headers?: Record<string, string>;
  };
  livekit_stack: string;
  store_sip_messages?: boolean;
}

export interface BatchRecipient {
  id: string;
  phone_number: string;
  status: string;
  created_at_unix: number;
  updated_at_unix: number;
  conversation_id: string | null;
  conversation_initiation_client_data: Record<string, unknown> | null;
}

export interface BatchCall {
  id: string;
  phone_number_id: string;
  phone_provider: 'twilio' | 'sip_trunk';
  name: string;
  agent_id: string;
  agent_name: string;
  created_at_unix: number;
  scheduled_time_unix: number;
  total_calls_dispatched: number;
  total_calls_scheduled: number;
  total_calls_finished: number;
  last_updated_at_unix: number;
  status: 'pending' | 'in_progress' | 'completed' | 'failed' | 'cancelled';
  retry_count: number;
  telephony_call_config: Record<string, unknown>;
  recipients: BatchRecipient[];
}

export interface SimulatorData {
  agents: Agent[];
  phoneNumbers: PhoneNumber[];
  conversations: Conversation[];
  batchCalls: BatchCall[];
}
