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

export const agentParamsSchema = z.strictObject({
  id: z.string().regex(/^[\w-]{1,128}$/, 'must be an agent id such as agent_…'),
});
