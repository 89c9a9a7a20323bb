// Phone numbers: the v1 list (a bare array), the cursor-paged v2 list, one number, and PATCH to
// assign or unassign an agent, relabel, or change a SIP trunk.
import { Hono } from 'hono';
import { readBody, REQUEST_SCHEMAS } from '../body';
import { detailError, notFound, validationError } from '../errors';
import { decodeCursor, pageOf } from '../paging';
import { findAgent, findPhoneNumber, type SimulatorState } from '../state';
import type { PhoneNumber, SipTrunkSettings } from '../types';
import { intParam, type QueryCheck } from '../validation';
import { DEFAULT_SIP_TRUNK, phoneNumberView } from '../views';

const SIP_ONLY = ['inbound_trunk_config', 'outbound_trunk_config', 'livekit_stack', 'store_sip_messages'] as const;

export function phoneNumberRoutes(state: SimulatorState): Hono {
  const app = new Hono();
  app.get('/v1/convai/phone-numbers', (c) => c.json(state.data.phoneNumbers.map(phoneNumberView)));
  app.get('/v1/convai/v2/phone-numbers', (c) => {
    const check: QueryCheck = { items: [] };
    const pageSize = intParam(c, 'page_size', check, { min: 1, max: 100 }) ?? 30;
    const offset = decodeCursor(c.req.query('cursor'));
    if (offset === null) check.items.push({ loc: ['query', 'cursor'], msg: 'Invalid cursor', type: 'value_error', input: c.req.query('cursor') });
    if (check.items.length) return validationError(c, check.items);
    const provider = c.req.query('provider');
    const items = state.data.phoneNumbers.filter((p) => !provider || p.provider === provider);
    const { page, hasMore, next } = pageOf(items, offset ?? 0, pageSize);
    return c.json({ phone_numbers: page.map(phoneNumberView), next_cursor: next, has_more: hasMore });
  });

  app.get('/v1/convai/phone-numbers/:id', (c) => {
    const phone = findPhoneNumber(state, c.req.param('id'));
    return phone ? c.json(phoneNumberView(phone)) : notFound(c, 'phone_number');
  });

  // Only the fields sent change; `agent_id: null` unassigns. Trunk settings exist on SIP trunk
  // numbers only, so sending them for a Twilio number is refused rather than silently dropped.
  app.patch('/v1/convai/phone-numbers/:id', async (c) => {
    const parsed = await readBody(c, REQUEST_SCHEMAS.updatePhoneNumber, { emptyIsObject: true });
    if (!parsed.ok) return parsed.response;
    const body = parsed.body as PhoneNumberUpdate;
    const phone = findPhoneNumber(state, c.req.param('id'));
    if (!phone) return notFound(c, 'phone_number');
    const sipField = SIP_ONLY.find((field) => body[field] !== undefined && body[field] !== null);
    if (phone.provider !== 'sip_trunk' && sipField) {
      return detailError(c, 400, { type: 'invalid_request', code: 'invalid_parameters', status: 'invalid_phone_number_provider', message: `${sipField} applies to SIP trunk numbers only; ${phone.phone_number} is a ${phone.provider} number.` });
    }
    if (typeof body.agent_id === 'string') {
      const agent = findAgent(state, body.agent_id);
      if (!agent) return notFound(c, 'agent');
      phone.assigned_agent = {
        agent_id: agent.agent_id,
        agent_name: agent.name,
        ...(body.environment ? { environment: body.environment } : {}),
        ...(body.branch_id ? { branch_id: body.branch_id } : {}),
      };
    } else if (body.agent_id === null) {
      phone.assigned_agent = null;
    }
    if (typeof body.label === 'string') phone.label = body.label;
    if (phone.provider === 'sip_trunk' && sipField) phone.sip = updateSip(phone, body);
    return c.json(phoneNumberView(phone));
  });
  return app;
}

/** The wire body, already checked against the SDK's UpdatePhoneNumberRequest. */
interface PhoneNumberUpdate {
  agent_id?: string | null;
  label?: string | null;
  inbound_trunk_config?: (Omit<SipTrunkSettings['inbound_trunk'], 'has_auth_credentials' | 'username'> & { credentials?: Credentials | null }) | null;
  outbound_trunk_config?: (Omit<SipTrunkSettings['outbound_trunk'], 'has_auth_credentials' | 'username' | 'transport' | 'media_encryption'> & { transport?: string | null; media_encryption?: string | null; credentials?: Credentials | null }) | null;
  livekit_stack?: string | null;
  store_sip_messages?: boolean | null;
  environment?: string | null;
  branch_id?: string | null;
}
type Credentials = { username: string; password?: string | null };

/** Passwords are write-only: GET shows whether credentials are set and their username, never the password. */
function updateSip(phone: PhoneNumber, body: PhoneNumberUpdate): SipTrunkSettings {
  const sip = structuredClone(phone.sip ?? DEFAULT_SIP_TRUNK);
  const credentials = (value: Credentials | null | undefined, current: { has_auth_credentials: boolean; username?: string }) =>
    value === undefined ? { has_auth_credentials: current.has_auth_credentials, ...(current.username ? { username: current.username } : {}) }
    : value === null ? { has_auth_credentials: false }
    : { has_auth_credentials: true, username: value.username };
  if (body.outbound_trunk_config) {
    const { credentials: sent, ...rest } = body.outbound_trunk_config;
    const { has_auth_credentials: _has, username: _username, ...current } = sip.outbound_trunk;
    sip.outbound_trunk = { ...current, ...definedOnly(rest), ...credentials(sent, sip.outbound_trunk) } as SipTrunkSettings['outbound_trunk'];
  }
  if (body.inbound_trunk_config) {
    const { credentials: sent, ...rest } = body.inbound_trunk_config;
    const { has_auth_credentials: _has, username: _username, ...current } = sip.inbound_trunk;
    sip.inbound_trunk = { ...current, ...definedOnly(rest), ...credentials(sent, sip.inbound_trunk) } as SipTrunkSettings['inbound_trunk'];
  }
  if (typeof body.livekit_stack === 'string') sip.livekit_stack = body.livekit_stack;
  if (typeof body.store_sip_messages === 'boolean') sip.store_sip_messages = body.store_sip_messages;
  return sip;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}
