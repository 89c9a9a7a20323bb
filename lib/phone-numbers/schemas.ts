// Phone numbers: ElevenLabs' answers (tolerant) and our own input (strict).
import { z } from 'zod';

/** One item of GET /v1/convai/phone-numbers: a union on `provider`; only the common fields are read. */
export const upstreamPhoneNumberSchema = z.looseObject({
  phone_number_id: z.string(),
  phone_number: z.string(),
  label: z.string().nullish(),
  provider: z.string(),
  assigned_agent: z.looseObject({ agent_id: z.string(), agent_name: z.string().nullish() }).nullish(),
  supports_inbound: z.boolean().nullish(),
  supports_outbound: z.boolean().nullish(),
});
export type UpstreamPhoneNumber = z.infer<typeof upstreamPhoneNumberSchema>;

/** The v1 list is a bare array, not an envelope. */
export const upstreamPhoneNumberListSchema = z.array(upstreamPhoneNumberSchema);

const ID = /^[\w-]{1,128}$/;

export const phoneNumberParamsSchema = z.strictObject({
  id: z.string().regex(ID, 'must be a phone number id'),
});

export const assignAgentSchema = z.strictObject({
  agent_id: z.string().regex(ID, 'must be an agent id such as agent_…').nullable(),
});
