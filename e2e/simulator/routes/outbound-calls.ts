// Outbound calls through a Twilio or a SIP trunk number; the call engine takes them from there.
import { Hono, type Context } from 'hono';
import { scheduleCallEnd, startConversation } from '../engine';
import { CLIENT_DATA_OVERRIDES, e164, readBody, REQUEST_SCHEMAS } from '../body';
import { detailError, notFound } from '../errors';
import { findAgent, findPhoneNumber, type SimulatorState } from '../state';

export function outboundCallRoutes(state: SimulatorState): Hono {
  const app = new Hono();
  const placeCall = (provider: 'twilio' | 'sip_trunk') => async (c: Context) => {
    const schema = provider === 'twilio' ? REQUEST_SCHEMAS.twilioOutboundCall : REQUEST_SCHEMAS.sipTrunkOutboundCall;
    const parsed = await readBody(c, schema, { open: CLIENT_DATA_OVERRIDES, refine: (body) => e164(['to_number'], body.to_number) });
    if (!parsed.ok) return parsed.response;
    const { body } = parsed;
    const agentId = body.agent_id as string;
    const phoneId = body.agent_phone_number_id as string;
    const to = body.to_number as string;
    const agent = findAgent(state, agentId);
    if (!agent) return notFound(c, 'agent');
    const phone = findPhoneNumber(state, phoneId);
    if (!phone) return notFound(c, 'phone_number');
    if (phone.provider !== provider) {
      return detailError(c, 400, { type: 'invalid_request', code: 'invalid_parameters', status: 'invalid_phone_number_provider', message: `Phone number ${phone.phone_number} is not a ${provider} number.` });
    }
    const clientData = (body.conversation_initiation_client_data as Record<string, unknown> | null) ?? null;
    const conversation = startConversation(state, agent, phone.phone_number_id, phone.phone_number, phone.provider, to, clientData);
    const callSid = provider === 'twilio' ? `CA${conversation.conversation_id.slice(5, 37)}` : `SCL_${conversation.conversation_id.slice(5)}`;
    (conversation.metadata.phone_call as Record<string, unknown>).call_sid = callSid;
    state.outboundCallsPlaced += 1;
    scheduleCallEnd(state, conversation, to);
    return c.json(
      provider === 'twilio'
        ? { success: true, message: 'Success', conversation_id: conversation.conversation_id, callSid }
        : { success: true, message: 'Success', conversation_id: conversation.conversation_id, sip_call_id: callSid },
    );
  };
  app.post('/v1/convai/twilio/outbound-call', placeCall('twilio'));
  app.post('/v1/convai/sip-trunk/outbound-call', placeCall('sip_trunk'));
  return app;
}
