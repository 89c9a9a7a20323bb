// Tolerant shapes of the conversation endpoints (unknown keys kept, enums as strings).
import { z } from 'zod';

export const FINISHED_STATUSES = new Set(['done', 'failed']);

export const conversationSummarySchema = z.looseObject({
  agent_id: z.string(),
  agent_name: z.string().nullish(),
  conversation_id: z.string(),
  start_time_unix_secs: z.number(),
  call_duration_secs: z.number(),
  message_count: z.number(),
  status: z.string(),
  call_successful: z.string(),
  transcript_summary: z.string().nullish(),
  call_summary_title: z.string().nullish(),
  direction: z.string().nullish(),
});
export type ConversationSummary = z.infer<typeof conversationSummarySchema>;

export const conversationPageSchema = z.looseObject({
  conversations: z.array(conversationSummarySchema),
  next_cursor: z.string().nullish(),
  has_more: z.boolean(),
});
export type ConversationPage = z.infer<typeof conversationPageSchema>;

const toolCallSchema = z.looseObject({
  request_id: z.string().nullish(),
  tool_name: z.string(),
  params_as_json: z.string().nullish(),
  type: z.string().nullish(),
});
const toolResultSchema = z.looseObject({
  request_id: z.string().nullish(),
  tool_name: z.string(),
  result_value: z.string().nullish(),
  is_error: z.boolean().nullish(),
});

export const transcriptTurnSchema = z.looseObject({
  role: z.string(),
  message: z.string().nullish(),
  time_in_call_secs: z.number(),
  tool_calls: z.array(toolCallSchema).nullish(),
  tool_results: z.array(toolResultSchema).nullish(),
  feedback: z.looseObject({ score: z.string() }).nullish(),
  interrupted: z.boolean().nullish(),
});
export type TranscriptTurn = z.infer<typeof transcriptTurnSchema>;

export const conversationDetailSchema = z.looseObject({
  agent_id: z.string(),
  agent_name: z.string().nullish(),
  conversation_id: z.string(),
  status: z.string(),
  transcript: z.array(transcriptTurnSchema).default([]),
  metadata: z.looseObject({
    start_time_unix_secs: z.number(),
    call_duration_secs: z.number(),
    cost: z.number().nullish(),
    termination_reason: z.string().nullish(),
    phone_call: z.looseObject({ type: z.string() }).nullish(),
    batch_call: z.looseObject({ batch_call_id: z.string() }).nullish(),
    error: z.looseObject({ code: z.number().nullish(), reason: z.string().nullish() }).nullish(),
  }),
  analysis: z
    .looseObject({
      call_successful: z.string(),
      transcript_summary: z.string().nullish(),
      call_summary_title: z.string().nullish(),
      evaluation_criteria_results: z.record(z.string(), z.looseObject({ criteria_id: z.string(), result: z.string(), rationale: z.string().nullish() })).nullish(),
      data_collection_results: z.record(z.string(), z.looseObject({ data_collection_id: z.string(), value: z.unknown(), rationale: z.string().nullish() })).nullish(),
    })
    .nullish(),
  conversation_initiation_client_data: z.looseObject({ dynamic_variables: z.record(z.string(), z.unknown()).nullish() }).nullish(),
  has_audio: z.boolean().default(false),
});
export type ConversationDetail = z.infer<typeof conversationDetailSchema>;
