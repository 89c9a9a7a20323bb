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
