// Outbound calls through a Twilio or a SIP trunk number; the call engine takes them from there.
import { Hono, type Context } from 'hono';
import { scheduleCallEnd, startConversation } from '../engine';
import { detailError, notFound, validationError, type ValidationItem } from '../errors';
import { findAgent, findPhoneNumber, type SimulatorState } from '../state';
import { E164, readJson, requireString } from '../validation';

export function outboundCallRoutes(state: SimulatorState): Hono {
  const app = new Hono();
  const placeCall = (provider: 'twilio' | 'sip_trunk') => async (c: Context) => {
    const parsed = await readJson(c);
    if (!parsed.ok) return parsed.response;
    const { body } = parsed;
    const items: ValidationItem[] = [];
    const agentId = requireString(body, 'agent_id', items);
    const phoneId = requireString(body, 'agent_phone_number_id', items);
    const to = requireString(body, 'to_number', items);
    if (to !== undefined && !E164.test(to)) items.push({ loc: ['body', 'to_number'], msg: 'Value error, phone number must be in E.164 format', type: 'value_error' });
    if (items.length) return validationError(c, items);
    const agent = findAgent(state, agentId!);
    if (!agent) return notFound(c, 'agent');
    const phone = findPhoneNumber(state, phoneId!);
    if (!phone) return notFound(c, 'phone_number');
    if (phone.provider !== provider) {
      return detailError(c, 400, { type: 'invalid_request', code: 'invalid_parameters', status: 'invalid_phone_number_provider', message: `Phone number ${phone.phone_number} is not a ${provider} number.` });
    }
    const clientData = (body.conversation_initiation_client_data as Record<string, unknown> | null) ?? null;
    const conversation = startConversation(state, agent, phone.phone_number_id, phone.phone_number, phone.provider, to!, clientData);
    const callSid = provider === 'twilio' ? `CA${conversation.conversation_id.slice(5, 37)}` : `SCL_${conversation.conversation_id.slice(5)}`;
    (conversation.metadata.phone_call as Record<string, unknown>).call_sid = callSid;
    scheduleCallEnd(state, conversation, to!);
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
