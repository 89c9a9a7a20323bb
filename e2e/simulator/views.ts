// What the API returns for each stored object: simulator-only fields stripped, list items summarised.
import type { Agent, BatchCall, Conversation, PhoneNumber, SipTrunkSettings } from './types';

export function conversationView(conversation: Conversation) {
  const { audioFile: _audioFile, ...wire } = conversation;
  return wire;
}

export function conversationSummary(conversation: Conversation, includeSummary: boolean) {
  const phone = conversation.metadata.phone_call as { direction?: string } | null;
  return {
    agent_id: conversation.agent_id,
    agent_name: conversation.agent_name,
    conversation_id: conversation.conversation_id,
    start_time_unix_secs: conversation.metadata.start_time_unix_secs,
    call_duration_secs: conversation.metadata.call_duration_secs,
    message_count: conversation.transcript.length,
    status: conversation.status,
    call_successful: conversation.analysis?.call_successful ?? 'unknown',
    ...(includeSummary ? { transcript_summary: conversation.analysis?.transcript_summary ?? null } : {}),
    call_summary_title: conversation.analysis?.call_summary_title ?? null,
    direction: phone?.direction ?? null,
    main_language: conversation.metadata.main_language,
  };
}

const ACCESS_INFO = { is_creator: true, creator_name: 'Demo Admin', creator_email: 'admin@acme.example', role: 'admin' };

export function agentSummary(agent: Agent) {
  const tts = agent.conversation_config.tts as { voice_id?: string } | undefined;
  return {
    agent_id: agent.agent_id,
    name: agent.name,
    voice_id: tts?.voice_id ?? 'cjVigY5qzO86Huf0OWal',
    tags: agent.tags,
    created_at_unix_secs: agent.created_at_unix_secs,
    access_info: ACCESS_INFO,
    last_call_time_unix_secs: agent.last_call_time_unix_secs,
    archived: false,
  };
}

export function agentView(agent: Agent, phoneNumbers: PhoneNumber[]) {
  return {
    agent_id: agent.agent_id,
    name: agent.name,
    conversation_config: agent.conversation_config,
    metadata: agent.metadata,
    platform_settings: agent.platform_settings,
    ...(agent.workflow ? { workflow: agent.workflow } : {}),
    phone_numbers: phoneNumbers.filter((p) => p.assigned_agent?.agent_id === agent.agent_id).map(phoneNumberView),
    access_info: ACCESS_INFO,
    tags: agent.tags,
  };
}

export function phoneNumberView(phone: PhoneNumber) {
  const common = {
    phone_number: phone.phone_number,
    label: phone.label,
    supports_inbound: true,
    supports_outbound: true,
    phone_number_id: phone.phone_number_id,
    assigned_agent: phone.assigned_agent,
    provider: phone.provider,
  };
  if (phone.provider === 'twilio') return common;
  return { ...common, ...(phone.sip ?? DEFAULT_SIP_TRUNK) };
}

export const DEFAULT_SIP_TRUNK: SipTrunkSettings = {
  outbound_trunk: { address: 'sip.acme.example', transport: 'tls', media_encryption: 'allowed', has_auth_credentials: true, username: 'acme' },
  inbound_trunk: { allowed_addresses: ['0.0.0.0/0'], media_encryption: 'allowed', has_auth_credentials: false },
  livekit_stack: 'standard',
};

export function batchView(batch: BatchCall) {
  const { recipients: _recipients, ...rest } = batch;
  return rest;
}

export function batchDetailView(batch: BatchCall) {
  return batch;
}
