// Phone numbers: the list (the source of every "from" picker), one number, and agent assignment.
import 'server-only';
import { getElevenLabsClient } from '@/lib/settings/service';
import { canCallOut, type PhoneNumberView } from './model';
import { upstreamPhoneNumberListSchema, upstreamPhoneNumberSchema, type UpstreamPhoneNumber } from './schemas';

export function toPhoneNumberView(number: UpstreamPhoneNumber): PhoneNumberView {
  return {
    phone_number_id: number.phone_number_id,
    phone_number: number.phone_number,
    label: number.label ?? '',
    provider: number.provider,
    assigned_agent: number.assigned_agent
      ? { agent_id: number.assigned_agent.agent_id, agent_name: number.assigned_agent.agent_name ?? number.assigned_agent.agent_id }
      : null,
    // Both default to true upstream when absent.
    supports_inbound: number.supports_inbound !== false,
    supports_outbound: number.supports_outbound !== false,
    can_call_out: canCallOut(number),
  };
}

export async function listPhoneNumbers(): Promise<PhoneNumberView[]> {
  const client = await getElevenLabsClient();
  const numbers = await client.json('GET', '/v1/convai/phone-numbers', upstreamPhoneNumberListSchema);
  return numbers.map(toPhoneNumberView);
}

export async function getPhoneNumber(id: string): Promise<PhoneNumberView> {
  const client = await getElevenLabsClient();
  const number = await client.json('GET', `/v1/convai/phone-numbers/${encodeURIComponent(id)}`, upstreamPhoneNumberSchema, {
    resource: 'Phone number',
  });
  return toPhoneNumberView(number);
}

/** Assigns an agent (inbound calls to the number reach it) or, with null, unassigns. */
export async function assignAgent(id: string, agentId: string | null): Promise<PhoneNumberView> {
  const client = await getElevenLabsClient();
  const number = await client.json('PATCH', `/v1/convai/phone-numbers/${encodeURIComponent(id)}`, upstreamPhoneNumberSchema, {
    body: { agent_id: agentId },
    resource: 'Phone number',
  });
  return toPhoneNumberView(number);
}
