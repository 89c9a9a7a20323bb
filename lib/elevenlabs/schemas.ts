// Tolerant schemas for what the dashboard reads from ElevenLabs: unknown keys are kept and enums
// are plain strings, so a new upstream field or value never breaks a page. Field names follow the
// official SDK's wire types (checked against them in e2e/simulator/contract.test.ts).
import { z } from 'zod';

export const userSchema = z.looseObject({
  user_id: z.string(),
  first_name: z.string().nullish(),
  subscription: z.looseObject({ tier: z.string().nullish() }).nullish(),
});

export const subscriptionSchema = z.looseObject({
  tier: z.string(),
  status: z.string().nullish(),
  character_count: z.number().nullish(),
  character_limit: z.number().nullish(),
});
