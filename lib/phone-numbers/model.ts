// Phone numbers: the shape every "from" picker and the phone-numbers page read (no zod, browser-safe).
// Fields follow GET /v1/convai/phone-numbers (https://elevenlabs.io/docs/api-reference/phone-numbers/list).

/** The providers this dashboard can place calls through, each with its own outbound endpoint. */
export const CALLING_PROVIDERS = ['twilio', 'sip_trunk'] as const;
export type CallingProvider = (typeof CALLING_PROVIDERS)[number];

export const PROVIDER_LABEL: Record<string, string> = {
  twilio: 'Twilio',
  sip_trunk: 'SIP trunk',
  exotel: 'Exotel',
};

export interface PhoneNumberView {
  phone_number_id: string;
  phone_number: string;
  label: string;
  /** `twilio`, `sip_trunk`, or a provider this dashboard does not call through (`exotel`). */
  provider: string;
  assigned_agent: { agent_id: string; agent_name: string } | null;
  supports_inbound: boolean;
  supports_outbound: boolean;
  /** Outbound calls can be placed from it here: a calling provider, and outbound not switched off. */
  can_call_out: boolean;
}

export function isCallingProvider(provider: string): provider is CallingProvider {
  return (CALLING_PROVIDERS as readonly string[]).includes(provider);
}

export function canCallOut(number: { provider: string; supports_outbound?: boolean | null }): boolean {
  return isCallingProvider(number.provider) && number.supports_outbound !== false;
}

export function providerLabel(provider: string): string {
  return PROVIDER_LABEL[provider] ?? provider;
}

/** How a picker names a number: its label and the number. */
export function phoneNumberOptionLabel(number: Pick<PhoneNumberView, 'label' | 'phone_number'>): string {
  return number.label ? `${number.label} (${number.phone_number})` : number.phone_number;
}

/** PATCH /api/phone-numbers/:id: an agent id assigns, null unassigns. */
export interface AssignAgentInput {
  agent_id: string | null;
}
