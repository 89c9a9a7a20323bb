// A deterministic workspace: agents, phone numbers, ~300 conversations over 60 days, batch calls.
// Same seed and same `now` -> identical data (tested), so tests and demos can rely on it.
import { createRandom, type Random } from './random';
import { AGENT_TEMPLATES, SMALL_TALK, analysisFor, type AgentTemplate, type Script, type ScriptLine } from './scripts';
import type { Agent, BatchCall, Conversation, PhoneNumber, SimulatorData, TranscriptTurn } from './types';

const DAY = 86_400;
const CONVERSATION_COUNT = 300;

export function createSeed(seed: number, nowSecs: number): SimulatorData {
  const random = createRandom(seed);
  const agents = AGENT_TEMPLATES.map((template, index) => makeAgent(template, index, random, nowSecs));
  const phoneNumbers = makePhoneNumbers(random, agents);
  const conversations: Conversation[] = [];
  for (let n = 0; n < CONVERSATION_COUNT; n++) {
    conversations.push(makeConversation(n, random, agents, phoneNumbers, nowSecs));
  }
  const batchCalls = makeBatchCalls(random, agents, phoneNumbers, conversations, nowSecs);
  conversations.sort((a, b) => b.metadata.start_time_unix_secs - a.metadata.start_time_unix_secs);
  for (const agent of agents) {
    agent.last_call_time_unix_secs = conversations.find((c) => c.agent_id === agent.agent_id)?.metadata.start_time_unix_secs ?? null;
  }
  return { agents, phoneNumbers, conversations, batchCalls };
}

/**
 * Each seeded agent's own settings: realistic, varied configurations. The agents on phone numbers
 * speak μ-law 8000 Hz, except the sales agent on the UK trunk, left on PCM so the dashboard's
 * telephony warning has something to show.
 */
const AGENT_VARIANTS: Record<string, { llm: string; voice: string; model: string; telephony: boolean; language: string; extra?: Record<string, unknown> }> = {
  reminder: { llm: 'gemini-2.5-flash', voice: 'cjVigY5qzO86Huf0OWal', model: 'eleven_flash_v2_5', telephony: true, language: 'en', extra: { placeholders: { patient_name: 'Jamie', appointment_time: 'Thursday 15:00' } } },
  support: { llm: 'gpt-4o-mini', voice: 'EXAVITQu4vr4xnSDxMaL', model: 'eleven_turbo_v2_5', telephony: true, language: 'en' },
  sales: { llm: 'claude-sonnet-4-5', voice: 'JBFqnCBsd6RMkjVDRZzb', model: 'eleven_turbo_v2', telephony: false, language: 'en' },
  delivery: { llm: 'gemini-2.0-flash', voice: 'pFZP5JQG7iQjIQuC4Bku', model: 'eleven_flash_v2', telephony: true, language: 'en' },
  survey: { llm: 'gpt-4.1-mini', voice: 'XrExE9yKIg1WjnnlVkGX', model: 'eleven_multilingual_v2', telephony: false, language: 'es' },
};

function makeAgent(template: AgentTemplate, index: number, random: Random, now: number): Agent {
  const created = now - (90 + index * 7) * DAY;
  const variant = AGENT_VARIANTS[template.key] ?? AGENT_VARIANTS.support!;
  const format = variant.telephony ? 'ulaw_8000' : 'pcm_16000';
  return {
    agent_id: random.id('agent'),
    name: template.name,
    template: template.key,
    tags: template.tags,
    conversation_config: {
      agent: {
        first_message: template.firstMessage,
        language: variant.language,
        ...(variant.extra?.placeholders ? { dynamic_variables: { dynamic_variable_placeholders: variant.extra.placeholders } } : {}),
        prompt: { prompt: template.prompt, llm: variant.llm, temperature: 0.3 + index * 0.1, max_tokens: index % 2 ? 400 : -1, tool_ids: [] },
      },
      tts: {
        voice_id: variant.voice,
        model_id: variant.model,
        agent_output_audio_format: format,
        optimize_streaming_latency: 3,
        stability: 0.5,
        speed: index === 2 ? 1.1 : 1,
        similarity_boost: 0.8,
        pronunciation_dictionary_locators: [],
      },
      asr: { quality: 'high', provider: 'elevenlabs', user_input_audio_format: format, keywords: template.tags },
      // Settings the dashboard's form does not cover: kept through every save.
      turn: { turn_timeout: 7, silence_end_call_timeout: index === 0 ? 20 : -1, turn_eagerness: 'normal' },
      conversation: { text_only: false, max_duration_seconds: index === 0 ? 300 : 600, client_events: ['audio', 'interruption', 'user_transcript', 'agent_response'] },
    },
    platform_settings: {
      evaluation: {
        criteria: template.criteria.map((c) => ({ id: c.id, name: c.name, type: 'prompt', conversation_goal_prompt: c.prompt, use_knowledge_base: false })),
      },
      data_collection: Object.fromEntries(
        Object.entries(template.dataCollection).map(([id, item]) => [id, { type: item.type, description: item.description }]),
      ),
      overrides: {
        conversation_config_override: {
          agent: { first_message: true, language: index !== 1, prompt: { prompt: index === 0 } },
          tts: { voice_id: false },
        },
        custom_llm_extra_body: false,
        enable_conversation_initiation_client_data_from_webhook: false,
      },
      call_limits: { agent_concurrency_limit: -1, daily_limit: 100000, bursting_enabled: true },
      privacy: { record_voice: true, retention_days: index === 0 ? 90 : -1, delete_transcript_and_pii: false, delete_audio: false, apply_to_existing_conversations: false, zero_retention_mode: false },
    },
    metadata: { created_at_unix_secs: created, updated_at_unix_secs: created + 3 * DAY },
    created_at_unix_secs: created,
    last_call_time_unix_secs: null,
  };
}

function makePhoneNumbers(random: Random, agents: Agent[]): PhoneNumber[] {
  const numbers: [string, string, 'twilio' | 'sip_trunk', number][] = [
    ['+14155550123', 'Clinic line', 'twilio', 0],
    ['+14155550188', 'Support line', 'twilio', 1],
    ['+442071838750', 'UK sales trunk', 'sip_trunk', 2],
    ['+12125550199', 'Logistics trunk', 'sip_trunk', 3],
  ];
  return numbers.map(([phone_number, label, provider, agentIndex]) => ({
    phone_number,
    label,
    provider,
    phone_number_id: random.id('phnum'),
    assigned_agent: { agent_id: agents[agentIndex]!.agent_id, agent_name: agents[agentIndex]!.name },
  }));
}

/** Timing for scripts without a recording: a few seconds per line, proportional to its length. */
function timeLines(lines: ScriptLine[], random: Random): { lines: ScriptLine[]; duration: number } {
  let t = 0;
  const timed = lines.map((line) => {
    const at = line.at ?? t;
    t = at + Math.max(2, Math.round(line.message.length / 14)) + random.int(0, 2);
    return { ...line, at };
  });
  return { lines: timed, duration: t + random.int(1, 4) };
}

export function toTurns(lines: ScriptLine[], random: Random, n: number): TranscriptTurn[] {
  return lines.map((line, index) => {
    const turn: TranscriptTurn = {
      role: line.role,
      message: line.message,
      tool_calls: [],
      tool_results: [],
      feedback: null,
      time_in_call_secs: line.at ?? 0,
      interrupted: line.role === 'agent' && index > 0 && (n + index) % 11 === 0,
      source_medium: 'audio',
    };
    if (line.tool) {
      const requestId = random.id('toolcall');
      turn.tool_calls = [
        { type: 'webhook', request_id: requestId, tool_name: line.tool.name, params_as_json: JSON.stringify(line.tool.params), tool_has_been_called: true },
      ];
      turn.tool_results = [
        {
          type: 'webhook',
          request_id: requestId,
          tool_name: line.tool.name,
          result_value: line.tool.result,
          is_error: false,
          tool_has_been_called: true,
          tool_latency_secs: 0.4,
        },
      ];
    }
    if (line.role === 'agent' && (n + index) % 17 === 0) turn.feedback = { score: n % 2 ? 'like' : 'dislike', time_in_call_secs: turn.time_in_call_secs };
    return turn;
  });
}

function makeConversation(n: number, random: Random, agents: Agent[], phones: PhoneNumber[], now: number): Conversation {
  const agentIndex = random.int(0, agents.length - 1);
  const agent = agents[agentIndex]!;
  const template = AGENT_TEMPLATES[agentIndex]!;
  // The newest two are still running, a few percent fail to connect.
  const status: Conversation['status'] = n < 2 ? 'in-progress' : random.chance(0.05) ? 'failed' : 'done';
  const start = n < 2 ? now - 30 - n * 20 : now - random.int(10 * 60, 60 * DAY);
  // The outcome is drawn first, in the proportions the filters and tests rely on; the dialogue comes
  // from that outcome's scripts, so the analysis below always describes what was said.
  const outcome = random.pick(['success', 'success', 'success', 'failure', 'unknown'] as const);
  const useRecording = status === 'done' && template.recording?.outcome === outcome && random.chance(0.45);
  let script: Script;
  let lines: ScriptLine[];
  let duration: number;
  if (useRecording) {
    script = template.recording!;
    lines = script.lines;
    duration = template.recording!.durationSecs;
  } else {
    script = random.pick(template.scripts.filter((s) => s.outcome === outcome));
    const extra = random.int(0, 3) * 2;
    const padded = [...script.lines.slice(0, -1), ...SMALL_TALK.slice(0, Math.min(extra, SMALL_TALK.length)), script.lines[script.lines.length - 1]!];
    ({ lines, duration } = timeLines(padded, random));
  }
  const phone = random.chance(0.7) ? random.pick(phones) : null;
  const direction = template.tags.includes('inbound') ? 'inbound' : 'outbound';
  const conversationId = random.id('conv');
  const transcript = status === 'done' ? toTurns(lines, random, n) : [];

  const conversation: Conversation = {
    agent_id: agent.agent_id,
    agent_name: agent.name,
    conversation_id: conversationId,
    status,
    user_id: null,
    transcript,
    metadata: {
      start_time_unix_secs: start,
      accepted_time_unix_secs: start,
      call_duration_secs: status === 'done' ? duration : 0,
      cost: status === 'done' ? duration * 10 + random.int(0, 40) : 0,
      termination_reason: status === 'done' ? (random.chance(0.8) ? 'Client disconnected: 1000' : 'end_call tool was called.') : '',
      feedback: { overall_score: null, likes: 0, dislikes: 0 },
      authorization_method: phone ? 'authorization_header' : 'public',
      phone_call: phone ? phoneCall(phone, direction, random) : null,
      batch_call: null,
      error: status === 'failed' ? { code: 486, reason: 'INVITE failed: sip status: 486: Busy here (SIP 486)' } : null,
      main_language: 'en',
      text_only: false,
    },
    analysis: status === 'done' ? analysisFor(template, script) : null,
    conversation_initiation_client_data: {
      conversation_config_override: {},
      custom_llm_extra_body: {},
      dynamic_variables: {
        customer_name: random.pick(['Angelo', 'Maria', 'Sam', 'Priya', 'Jonas', 'Lena']),
        system__agent_id: agent.agent_id,
        system__conversation_id: conversationId,
      },
    },
    has_audio: useRecording,
    has_user_audio: useRecording,
    has_response_audio: useRecording,
    has_auxiliary_audio: false,
    audioFile: useRecording ? template.recording!.file : null,
  };
  return conversation;
}

function phoneCall(phone: PhoneNumber, direction: 'inbound' | 'outbound', random: Random): Conversation['metadata']['phone_call'] {
  const external = `+1415555${String(random.int(1000, 9999))}`;
  if (phone.provider === 'twilio') {
    return {
      type: 'twilio',
      direction,
      phone_number_id: phone.phone_number_id,
      agent_number: phone.phone_number,
      external_number: external,
      stream_sid: random.id('MZ'),
      call_sid: random.id('CA'),
    };
  }
  return {
    type: 'sip_trunking',
    direction,
    phone_number_id: phone.phone_number_id,
    agent_number: phone.phone_number,
    external_number: external,
    call_sid: random.id('SCL'),
  };
}

function makeBatchCalls(random: Random, agents: Agent[], phones: PhoneNumber[], conversations: Conversation[], now: number): BatchCall[] {
  const specs = [
    { name: 'October check-ups', agent: 0, status: 'completed', offset: -12 * DAY, recipients: 6 },
    { name: 'Delivery notices — today', agent: 3, status: 'in_progress', offset: -600, recipients: 5 },
    { name: 'Survey wave 3', agent: 4, status: 'pending', offset: 3 * DAY, recipients: 4 },
  ] as const;
  return specs.map((spec) => {
    const agent = agents[spec.agent]!;
    const phone = phones.find((p) => p.assigned_agent?.agent_id === agent.agent_id) ?? phones[0]!;
    const id = random.id('btcal');
    const created = Math.min(now + spec.offset, now) - 3600;
    const recipients = Array.from({ length: spec.recipients }, (_, i) => {
      const recipientStatus =
        spec.status === 'completed' ? (i % 5 === 4 ? 'failed' : 'completed') : spec.status === 'in_progress' ? (i < 2 ? 'completed' : i === 2 ? 'in_progress' : 'pending') : 'pending';
      let conversationId: string | null = null;
      if (recipientStatus === 'completed' || recipientStatus === 'in_progress') {
        const match = conversations.find((c) => c.agent_id === agent.agent_id && c.status === 'done' && !c.metadata.batch_call);
        if (match) {
          conversationId = match.conversation_id;
          match.metadata.batch_call = { batch_call_id: id, batch_call_recipient_id: `rcp_${id.slice(6, 14)}_${i}` };
        }
      }
      return {
        id: `rcp_${id.slice(6, 14)}_${i}`,
        phone_number: `+1415555${String(2000 + i * 7)}`,
        status: recipientStatus,
        created_at_unix: created,
        updated_at_unix: created + 60 * (i + 1),
        conversation_id: conversationId,
        conversation_initiation_client_data: { dynamic_variables: { customer_name: ['Angelo', 'Maria', 'Sam', 'Priya', 'Jonas', 'Lena'][i % 6]! } },
      };
    });
    const finished = recipients.filter((r) => ['completed', 'failed', 'cancelled', 'voicemail'].includes(r.status)).length;
    return {
      id,
      phone_number_id: phone.phone_number_id,
      phone_provider: phone.provider,
      name: spec.name,
      agent_id: agent.agent_id,
      agent_name: agent.name,
      created_at_unix: created,
      scheduled_time_unix: spec.status === 'pending' ? now + spec.offset : created,
      total_calls_dispatched: spec.status === 'pending' ? 0 : recipients.filter((r) => r.status !== 'pending').length,
      total_calls_scheduled: recipients.length,
      total_calls_finished: finished,
      last_updated_at_unix: created + 600,
      status: spec.status,
      retry_count: 0,
      telephony_call_config: {},
      recipients,
    };
  });
}
