// Dialogue material per agent. The first script of three agents matches a committed recording
// (audio/call-N.mp3) turn for turn, with the times at which each line is spoken in that clip.
import type { Conversation } from './types';

export interface ScriptLine {
  role: 'agent' | 'user';
  message: string;
  /** Seconds into the recording, for the scripts that have one. */
  at?: number;
  tool?: { name: string; params: Record<string, unknown>; result: string };
}

export type Outcome = 'success' | 'failure' | 'unknown';

/**
 * One call as it went: what was said and what ElevenLabs' analysis made of it. The outcome, title,
 * evaluations and collected data belong to the dialogue, so a seeded call never has a title that
 * its own transcript contradicts.
 */
export interface Script {
  outcome: Outcome;
  title: string;
  summary: string;
  /** Criteria that ended differently from the call as a whole (a polite close on a failed call). */
  evaluations?: Record<string, Outcome>;
  /** A value for every data-collection item of the agent; null where the caller never said. */
  data: Record<string, unknown>;
  lines: ScriptLine[];
}

export interface AgentTemplate {
  key: string;
  name: string;
  prompt: string;
  firstMessage: string;
  tags: string[];
  criteria: { id: string; name: string; prompt: string }[];
  dataCollection: Record<string, { type: 'string' | 'integer' | 'boolean' | 'number'; description: string }>;
  recording?: Script & { file: string; durationSecs: number };
  /** With the recording, at least one script per outcome, so the seed has every kind for every agent. */
  scripts: Script[];
}

export const AGENT_TEMPLATES: AgentTemplate[] = [
  {
    key: 'reminder',
    name: 'Appointment reminder',
    prompt: 'You call patients of Acme Clinic the day before their appointment, confirm attendance and offer to reschedule.',
    firstMessage: 'Hello, this is the Acme clinic assistant. I am calling about your appointment tomorrow.',
    tags: ['clinic', 'outbound'],
    criteria: [
      { id: 'attendance_confirmed', name: 'Attendance confirmed', prompt: 'The patient confirmed they will attend or rescheduled.' },
      { id: 'polite_close', name: 'Polite close', prompt: 'The agent ended the call politely.' },
    ],
    dataCollection: {
      will_attend: { type: 'boolean', description: 'Whether the patient will attend' },
      preferred_time: { type: 'string', description: 'A new time, if rescheduling' },
    },
    recording: {
      file: 'call-1.mp3',
      durationSecs: 23,
      outcome: 'success',
      title: 'Appointment confirmed',
      summary: 'The patient confirmed tomorrow’s 10 am appointment with Doctor Patel and was asked to arrive ten minutes early.',
      data: { will_attend: true, preferred_time: null },
      lines: [
        { role: 'agent', message: 'Hello, this is the Acme clinic assistant. I am calling about your appointment tomorrow.', at: 0 },
        { role: 'user', message: 'Oh hi. Yes, I remember. Is it still at ten?', at: 6 },
        { role: 'agent', message: 'Yes, ten in the morning with Doctor Patel. Can you confirm you will attend?', at: 9 },
        { role: 'user', message: 'Yes, I will be there.', at: 15 },
        { role: 'agent', message: 'Great, you are confirmed. Please arrive ten minutes early. Goodbye.', at: 17 },
      ],
    },
    scripts: [
      {
        outcome: 'success',
        title: 'Appointment moved to Thursday',
        summary: 'The patient could not come tomorrow; the appointment was rescheduled to Thursday at 3 pm.',
        data: { will_attend: true, preferred_time: 'Thursday 3pm' },
        lines: [
          { role: 'agent', message: 'Hello, this is the Acme clinic assistant calling about your appointment tomorrow at 2 pm.' },
          { role: 'user', message: 'Ah, I actually cannot make it tomorrow.' },
          { role: 'agent', message: 'No problem. Would Thursday at 3 pm work instead?' },
          { role: 'user', message: 'Thursday at 3 is perfect.' },
          {
            role: 'agent',
            message: 'Let me book that for you.',
            tool: { name: 'reschedule_appointment', params: { slot: 'thursday-15:00' }, result: '{"status":"booked","slot":"Thursday 15:00"}' },
          },
          { role: 'agent', message: 'You are booked for Thursday at 3 pm. See you then!' },
          { role: 'user', message: 'Thanks, bye.' },
        ],
      },
      {
        outcome: 'failure',
        title: 'Could not confirm appointment',
        summary: 'The patient will not attend tomorrow and did not want to pick a new time; a follow-up call is needed.',
        evaluations: { polite_close: 'success' },
        data: { will_attend: false, preferred_time: null },
        lines: [
          { role: 'agent', message: 'Hello, this is the Acme clinic assistant calling about your appointment tomorrow at 9 am.' },
          { role: 'user', message: 'I will not come tomorrow, I am away for work.' },
          { role: 'agent', message: 'I understand. Would you like to choose another day?' },
          { role: 'user', message: 'I do not know my schedule yet. I will call the clinic myself.' },
          { role: 'agent', message: 'Of course. I have cancelled tomorrow’s slot. Have a good trip, goodbye.' },
        ],
      },
      {
        outcome: 'unknown',
        title: 'Call cut off',
        summary: 'The line dropped before the patient said whether they would attend.',
        data: { will_attend: null, preferred_time: null },
        lines: [
          { role: 'agent', message: 'Hello, this is the Acme clinic assistant calling about your appointment tomorrow at 11 am.' },
          { role: 'user', message: 'Hello? Sorry, the line is very bad here.' },
          { role: 'agent', message: 'I am calling about your appointment tomorrow. Can you confirm you will attend?' },
        ],
      },
    ],
  },
  {
    key: 'support',
    name: 'Support triage',
    prompt: 'You answer Acme customer support calls, identify the problem, look up orders and route to a human when needed.',
    firstMessage: 'Thanks for calling Acme support. How can I help you today?',
    tags: ['support', 'inbound'],
    criteria: [
      { id: 'issue_identified', name: 'Issue identified', prompt: 'The agent identified the caller’s problem.' },
      { id: 'resolution_offered', name: 'Resolution offered', prompt: 'The agent offered a concrete next step.' },
    ],
    dataCollection: {
      order_number: { type: 'string', description: 'The order the caller asks about' },
      issue_category: { type: 'string', description: 'delivery, billing, product or other' },
    },
    recording: {
      file: 'call-2.mp3',
      durationSecs: 23,
      outcome: 'success',
      title: 'Delayed order, new date by text',
      summary: 'Order 4572 is delayed at the depot; the caller will get a new delivery date by text.',
      data: { order_number: '4572', issue_category: 'delivery' },
      lines: [
        { role: 'agent', message: 'Thanks for calling Acme support. How can I help you today?', at: 0 },
        { role: 'user', message: 'My order has not arrived and it has been a week.', at: 4 },
        { role: 'agent', message: 'I am sorry to hear that. Can you tell me your order number?', at: 7 },
        { role: 'user', message: 'It is four five seven two.', at: 11 },
        {
          role: 'agent',
          message: 'Thank you. I see it is delayed at the depot. I will send a new delivery date by text.',
          at: 13,
          tool: { name: 'lookup_order', params: { order_number: '4572' }, result: '{"status":"delayed","location":"depot"}' },
        },
        { role: 'user', message: 'Okay, thanks.', at: 21 },
      ],
    },
    scripts: [
      {
        outcome: 'success',
        title: 'Duplicate charge refunded',
        summary: 'The caller was charged twice for order 4410; the duplicate was refunded (3–5 business days).',
        data: { order_number: '4410', issue_category: 'billing' },
        lines: [
          { role: 'agent', message: 'Thanks for calling Acme support. How can I help you today?' },
          { role: 'user', message: 'I was charged twice for my last order.' },
          { role: 'agent', message: 'I am sorry about that. Could you give me the order number?' },
          { role: 'user', message: 'Sure, it is 4410.' },
          {
            role: 'agent',
            message: 'I can see two charges. I will refund the duplicate right away.',
            tool: { name: 'refund_payment', params: { order_number: '4410', reason: 'duplicate' }, result: '{"refund_id":"rf_2281","status":"pending"}' },
          },
          { role: 'user', message: 'How long will the refund take?' },
          { role: 'agent', message: 'It usually shows up within three to five business days.' },
          { role: 'user', message: 'Great, thank you.' },
        ],
      },
      {
        outcome: 'success',
        title: 'Faulty blender, replacement arranged',
        summary: 'A blender bought in March makes a grinding noise; it is under warranty and the caller was transferred for a replacement.',
        data: { order_number: null, issue_category: 'product' },
        lines: [
          { role: 'agent', message: 'Thanks for calling Acme support. How can I help you today?' },
          { role: 'user', message: 'The blender I bought makes a grinding noise.' },
          { role: 'agent', message: 'That should not happen. Is it still under warranty?' },
          { role: 'user', message: 'I bought it in March.' },
          { role: 'agent', message: 'Then it is covered. I will transfer you to a specialist to arrange a replacement.' },
          { role: 'user', message: 'Okay.' },
        ],
      },
      {
        outcome: 'failure',
        title: 'Order not found',
        summary: 'The caller asked about order 9120, which could not be found; no next step was agreed.',
        evaluations: { issue_identified: 'success' },
        data: { order_number: '9120', issue_category: 'delivery' },
        lines: [
          { role: 'agent', message: 'Thanks for calling Acme support. How can I help you today?' },
          { role: 'user', message: 'I want to know where my order is. The number is 9120.' },
          {
            role: 'agent',
            message: 'Let me look that up.',
            tool: { name: 'lookup_order', params: { order_number: '9120' }, result: '{"error":"order_not_found"}' },
          },
          { role: 'agent', message: 'I am sorry, I cannot find an order with that number.' },
          { role: 'user', message: 'That is ridiculous. Forget it, I will sort it out myself.' },
        ],
      },
      {
        outcome: 'unknown',
        title: 'Call cut off',
        summary: 'The call ended before the caller described the problem.',
        data: { order_number: null, issue_category: null },
        lines: [
          { role: 'agent', message: 'Thanks for calling Acme support. How can I help you today?' },
          { role: 'user', message: 'Hi, yes, I am calling about my…' },
        ],
      },
    ],
  },
  {
    key: 'sales',
    name: 'Sales qualifier',
    prompt: 'You call inbound leads, qualify budget, timeline and team size, and book a demo with sales.',
    firstMessage: 'Hi, this is Ava from Acme. You asked about our platform — do you have two minutes?',
    tags: ['sales', 'outbound'],
    criteria: [{ id: 'demo_booked', name: 'Demo booked', prompt: 'A demo was booked.' }],
    dataCollection: {
      team_size: { type: 'integer', description: 'Size of the lead’s team' },
      budget_confirmed: { type: 'boolean', description: 'Whether a budget exists' },
    },
    scripts: [
      {
        outcome: 'success',
        title: 'Qualified lead, demo booked',
        summary: 'A team of about twenty, starting next month if the price is right; a demo is booked for Tuesday at 11.',
        data: { team_size: 20, budget_confirmed: false },
        lines: [
          { role: 'agent', message: 'Hi, this is Ava from Acme. You asked about our platform — do you have two minutes?' },
          { role: 'user', message: 'Yes, I have a couple of minutes.' },
          { role: 'agent', message: 'Great. How large is the team that would use it?' },
          { role: 'user', message: 'About twenty people.' },
          { role: 'agent', message: 'And are you looking to start this quarter?' },
          { role: 'user', message: 'Probably next month, if the price is right.' },
          { role: 'agent', message: 'Understood. Shall I book a demo with our team for Tuesday?' },
          { role: 'user', message: 'Tuesday works.' },
          {
            role: 'agent',
            message: 'Booked for Tuesday at 11. You will get an invite by email.',
            tool: { name: 'book_demo', params: { day: 'tuesday', time: '11:00' }, result: '{"event_id":"ev_991"}' },
          },
        ],
      },
      {
        outcome: 'failure',
        title: 'Lead busy, email instead',
        summary: 'The lead was driving and could not talk; an email will follow instead.',
        data: { team_size: null, budget_confirmed: null },
        lines: [
          { role: 'agent', message: 'Hi, this is Ava from Acme. You asked about our platform — do you have two minutes?' },
          { role: 'user', message: 'Not really, I am driving.' },
          { role: 'agent', message: 'No problem, I will send you an email instead. Drive safely!' },
        ],
      },
      {
        outcome: 'unknown',
        title: 'Call cut off',
        summary: 'The lead gave the team size, then the call dropped before budget or a demo came up.',
        data: { team_size: 8, budget_confirmed: null },
        lines: [
          { role: 'agent', message: 'Hi, this is Ava from Acme. You asked about our platform — do you have two minutes?' },
          { role: 'user', message: 'Sure, quickly.' },
          { role: 'agent', message: 'How large is the team that would use it?' },
          { role: 'user', message: 'We are eight people. And the budget is—' },
        ],
      },
    ],
  },
  {
    key: 'delivery',
    name: 'Delivery updates',
    prompt: 'You tell customers when their delivery arrives and let them choose a safe place or a new day.',
    firstMessage: 'Hello, this is Acme deliveries. Your parcel is due today between 2 and 4 pm.',
    tags: ['logistics', 'outbound'],
    criteria: [{ id: 'instructions_captured', name: 'Instructions captured', prompt: 'Delivery instructions were captured.' }],
    dataCollection: {
      safe_place: { type: 'string', description: 'Where to leave the parcel' },
    },
    scripts: [
      {
        outcome: 'success',
        title: 'Leave on the porch',
        summary: 'The customer will not be home and asked for the parcel to be left on the porch.',
        data: { safe_place: 'porch' },
        lines: [
          { role: 'agent', message: 'Hello, this is Acme deliveries. Your parcel is due today between 2 and 4 pm.' },
          { role: 'user', message: 'I will not be home. Can you leave it on the porch?' },
          { role: 'agent', message: 'Of course. I have noted: leave on the porch.' },
          { role: 'user', message: 'Thank you.' },
        ],
      },
      {
        outcome: 'success',
        title: 'Leave with the neighbour',
        summary: 'The customer asked for the parcel to go to the neighbour at number 12.',
        data: { safe_place: 'neighbour' },
        lines: [
          { role: 'agent', message: 'Hello, this is Acme deliveries. Your parcel is due today between 2 and 4 pm.' },
          { role: 'user', message: 'I am at work. Please give it to my neighbour at number 12.' },
          { role: 'agent', message: 'Noted: deliver to the neighbour at number 12. Have a nice day.' },
        ],
      },
      {
        outcome: 'failure',
        title: 'No delivery instructions',
        summary: 'The customer did not want to leave the parcel anywhere and gave no other instructions.',
        data: { safe_place: null },
        lines: [
          { role: 'agent', message: 'Hello, this is Acme deliveries. Your parcel is due today between 2 and 4 pm.' },
          { role: 'user', message: 'I will not be there, and I do not want it left outside.' },
          { role: 'agent', message: 'Would you like a new delivery day or a pickup point?' },
          { role: 'user', message: 'I do not know. Just try again some time.' },
        ],
      },
      {
        outcome: 'unknown',
        title: 'Call cut off',
        summary: 'The call dropped right after the delivery window was announced.',
        data: { safe_place: null },
        lines: [
          { role: 'agent', message: 'Hello, this is Acme deliveries. Your parcel is due today between 2 and 4 pm.' },
          { role: 'user', message: 'Okay, and can you—' },
        ],
      },
    ],
  },
  {
    key: 'survey',
    name: 'Survey bot',
    prompt: 'You run a short satisfaction survey after a visit: one rating and one open question.',
    firstMessage: 'Hi, I am calling from Acme to ask about your recent visit. Do you have a minute?',
    tags: ['survey'],
    criteria: [{ id: 'rating_collected', name: 'Rating collected', prompt: 'A 1–5 rating was collected.' }],
    dataCollection: {
      satisfaction: { type: 'integer', description: 'Rating from 1 to 5' },
    },
    recording: {
      file: 'call-3.mp3',
      durationSecs: 17,
      outcome: 'success',
      title: 'Survey completed: 4 of 5',
      summary: 'The caller rated the visit four out of five.',
      data: { satisfaction: 4 },
      lines: [
        { role: 'agent', message: 'Hi, I am calling from Acme to ask about your recent visit. Do you have a minute?', at: 0 },
        { role: 'user', message: 'Sure, go ahead.', at: 5 },
        { role: 'agent', message: 'On a scale of one to five, how satisfied were you?', at: 7 },
        { role: 'user', message: 'I would say four.', at: 11 },
        { role: 'agent', message: 'Thank you for your feedback. Have a nice day.', at: 13 },
      ],
    },
    scripts: [
      {
        outcome: 'success',
        title: 'Survey completed: 2 of 5',
        summary: 'The caller rated the visit two out of five because of the long wait and asked for more morning staff at the front desk.',
        data: { satisfaction: 2 },
        lines: [
          { role: 'agent', message: 'Hi, I am calling from Acme to ask about your recent visit. Do you have a minute?' },
          { role: 'user', message: 'Yes.' },
          { role: 'agent', message: 'On a scale of one to five, how satisfied were you?' },
          { role: 'user', message: 'Two. The wait was very long.' },
          { role: 'agent', message: 'I am sorry to hear that. What could we do better?' },
          { role: 'user', message: 'More staff at the front desk in the mornings.' },
          { role: 'agent', message: 'Thank you, I will pass that on. Goodbye.' },
        ],
      },
      {
        outcome: 'failure',
        title: 'Survey declined',
        summary: 'The caller did not want to take part in the survey.',
        data: { satisfaction: null },
        lines: [
          { role: 'agent', message: 'Hi, I am calling from Acme to ask about your recent visit. Do you have a minute?' },
          { role: 'user', message: 'No, thank you. Please do not call me for surveys.' },
          { role: 'agent', message: 'Understood, I will note that. Goodbye.' },
        ],
      },
      {
        outcome: 'unknown',
        title: 'Call cut off',
        summary: 'The call ended before the caller gave a rating.',
        data: { satisfaction: null },
        lines: [
          { role: 'agent', message: 'Hi, I am calling from Acme to ask about your recent visit. Do you have a minute?' },
          { role: 'user', message: 'Sure.' },
          { role: 'agent', message: 'On a scale of one to five, how satisfied were you?' },
        ],
      },
    ],
  },
];

/** Extra turns that make longer calls realistic without inventing new topics. */
export const SMALL_TALK: ScriptLine[] = [
  { role: 'user', message: 'Sorry, could you repeat that?' },
  { role: 'agent', message: 'Of course. Let me say that again more slowly.' },
  { role: 'user', message: 'Hold on one second.' },
  { role: 'agent', message: 'Take your time, I am still here.' },
];

/** What a finished call's analysis says for a script: ElevenLabs' shape, derived from the dialogue alone. */
export function analysisFor(template: AgentTemplate, script: Script): NonNullable<Conversation['analysis']> {
  return {
    evaluation_criteria_results: Object.fromEntries(
      template.criteria.map((c) => {
        const result = script.evaluations?.[c.id] ?? script.outcome;
        const rationale =
          result === 'success' ? `${c.name}: met during the call.` : result === 'failure' ? `${c.name}: not met during the call.` : `${c.name}: the call ended before this could be judged.`;
        return [c.id, { criteria_id: c.id, result, rationale }];
      }),
    ),
    data_collection_results: Object.fromEntries(
      Object.entries(template.dataCollection).map(([id, item]) => [
        id,
        { data_collection_id: id, value: script.data[id] ?? null, rationale: `Taken from what the caller said about ${item.description.toLowerCase()}.` },
      ]),
    ),
    call_successful: script.outcome,
    transcript_summary: script.summary,
    call_summary_title: script.title,
  };
}
