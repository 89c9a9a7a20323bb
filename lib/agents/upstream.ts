// ElevenLabs' agent answers, parsed tolerantly: every key kept (a save must send back what it does not know).
import { z } from 'zod';

export const agentSummarySchema = z.looseObject({
  agent_id: z.string(),
  name: z.string(),
  tags: z.array(z.string()).nullish(),
  created_at_unix_secs: z.number().nullish(),
  last_call_time_unix_secs: z.number().nullish(),
});
export type AgentSummary = z.infer<typeof agentSummarySchema>;

export const agentPageSchema = z.looseObject({
  agents: z.array(agentSummarySchema),
  next_cursor: z.string().nullish(),
  has_more: z.boolean(),
});

/** GET /v1/convai/agents/{id}: tolerant, every key kept (a save must send back what it does not know). */
export const agentDetailSchema = z.looseObject({
  agent_id: z.string(),
  name: z.string(),
  tags: z.array(z.string()).nullish(),
  conversation_config: z.looseObject({}).nullish(),
  platform_settings: z.looseObject({}).nullish(),
  metadata: z.looseObject({ created_at_unix_secs: z.number().optional(), updated_at_unix_secs: z.number().optional() }).optional(),
  phone_numbers: z.array(z.looseObject({})).nullish(),
});

/** GET /v1/convai/phone-numbers: a plain array; only what the agents list shows is read. */
export const phoneNumberListSchema = z.array(
  z.looseObject({
    phone_number: z.string(),
    phone_number_id: z.string().nullish(),
    label: z.string().nullish(),
    assigned_agent: z.looseObject({ agent_id: z.string() }).nullish(),
  }),
);

export const createAgentResponseSchema = z.looseObject({ agent_id: z.string() });
