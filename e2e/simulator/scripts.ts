// Dialogue material per agent. The first script of three agents matches a committed recording
// (audio/call-N.mp3) turn for turn, with the times at which each line is spoken in that clip.
export interface ScriptLine {
  role: 'agent' | 'user';
  message: string;
  /** Seconds into the recording, for the scripts that have one. */
  at?: number;
  tool?: { name: string; params: Record<string, unknown>; result: string };
}

export interface AgentTemplate {
  key: string;
  name: string;
  prompt: string;
  firstMessage: string;
  tags: string[];
  criteria: { id: string; name: string; prompt: string }[];
  dataCollection: Record<string, { type: 'string' | 'integer' | 'boolean' | 'number'; description: string; sample: (n: number) => unknown }>;
  recording?: { file: string; durationSecs: number; lines: ScriptLine[] };
  scripts: ScriptLine[][];
  summary: (outcome: string) => { title: string; summary: string };
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
      will_attend: { type: 'boolean', description: 'Whether the patient will attend', sample: (n) => n % 4 !== 0 },
      preferred_time: { type: 'string', description: 'A new time, if rescheduling', sample: (n) => (n % 4 === 0 ? 'Thursday 3pm' : null) },
    },
    recording: {
      file: 'call-1.mp3',
      durationSecs: 23,
      lines: [
        { role: 'agent', message: 'Hello, this is the Acme clinic assistant. I am calling about your appointment tomorrow.', at: 0 },
        { role: 'user', message: 'Oh hi. Yes, I remember. Is it still at ten?', at: 6 },
        { role: 'agent', message: 'Yes, ten in the morning with Doctor Patel. Can you confirm you will attend?', at: 9 },
        { role: 'user', message: 'Yes, I will be there.', at: 15 },
        { role: 'agent', message: 'Great, you are confirmed. Please arrive ten minutes early. Goodbye.', at: 17 },
      ],
    },
    scripts: [
      [
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
    ],
    summary: (outcome) =>
      outcome === 'success'
        ? { title: 'Appointment confirmed', summary: 'The patient confirmed the appointment and was reminded to arrive early.' }
        : { title: 'Could not confirm appointment', summary: 'The patient did not confirm; a follow-up call is needed.' },
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
      order_number: { type: 'string', description: 'The order the caller asks about', sample: (n) => String(4000 + (n % 900)) },
      issue_category: { type: 'string', description: 'delivery, billing, product or other', sample: (n) => ['delivery', 'billing', 'product', 'other'][n % 4] },
    },
    recording: {
      file: 'call-2.mp3',
      durationSecs: 23,
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
      [
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
      [
        { role: 'agent', message: 'Thanks for calling Acme support. How can I help you today?' },
        { role: 'user', message: 'The blender I bought makes a grinding noise.' },
        { role: 'agent', message: 'That should not happen. Is it still under warranty?' },
        { role: 'user', message: 'I bought it in March.' },
        { role: 'agent', message: 'Then it is covered. I will transfer you to a specialist to arrange a replacement.' },
        { role: 'user', message: 'Okay.' },
      ],
    ],
    summary: (outcome) =>
      outcome === 'success'
        ? { title: 'Support issue resolved', summary: 'The caller’s problem was identified and a resolution was arranged.' }
        : { title: 'Support issue unresolved', summary: 'The caller’s problem could not be resolved on this call.' },
  },
  {
    key: 'sales',
    name: 'Sales qualifier',
    prompt: 'You call inbound leads, qualify budget, timeline and team size, and book a demo with sales.',
    firstMessage: 'Hi, this is Ava from Acme. You asked about our platform — do you have two minutes?',
    tags: ['sales', 'outbound'],
    criteria: [{ id: 'demo_booked', name: 'Demo booked', prompt: 'A demo was booked.' }],
    dataCollection: {
      team_size: { type: 'integer', description: 'Size of the lead’s team', sample: (n) => 5 + (n % 40) },
      budget_confirmed: { type: 'boolean', description: 'Whether a budget exists', sample: (n) => n % 3 === 0 },
    },
    scripts: [
      [
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
      [
        { role: 'agent', message: 'Hi, this is Ava from Acme. You asked about our platform — do you have two minutes?' },
        { role: 'user', message: 'Not really, I am driving.' },
        { role: 'agent', message: 'No problem, I will send you an email instead. Drive safely!' },
      ],
    ],
    summary: (outcome) =>
      outcome === 'success'
        ? { title: 'Qualified lead, demo booked', summary: 'The lead was qualified and a demo was booked.' }
        : { title: 'Lead not qualified', summary: 'The lead could not be qualified on this call.' },
  },
  {
    key: 'delivery',
    name: 'Delivery updates',
    prompt: 'You tell customers when their delivery arrives and let them choose a safe place or a new day.',
    firstMessage: 'Hello, this is Acme deliveries. Your parcel is due today between 2 and 4 pm.',
    tags: ['logistics', 'outbound'],
    criteria: [{ id: 'instructions_captured', name: 'Instructions captured', prompt: 'Delivery instructions were captured.' }],
    dataCollection: {
      safe_place: { type: 'string', description: 'Where to leave the parcel', sample: (n) => ['porch', 'neighbour', 'garage', null][n % 4] },
    },
    scripts: [
      [
        { role: 'agent', message: 'Hello, this is Acme deliveries. Your parcel is due today between 2 and 4 pm.' },
        { role: 'user', message: 'I will not be home. Can you leave it on the porch?' },
        { role: 'agent', message: 'Of course. I have noted: leave on the porch.' },
        { role: 'user', message: 'Thank you.' },
      ],
    ],
    summary: (outcome) =>
      outcome === 'success'
        ? { title: 'Delivery instructions noted', summary: 'The customer gave a safe place for the parcel.' }
        : { title: 'No delivery instructions', summary: 'The customer did not give delivery instructions.' },
  },
  {
    key: 'survey',
    name: 'Survey bot',
    prompt: 'You run a short satisfaction survey after a visit: one rating and one open question.',
    firstMessage: 'Hi, I am calling from Acme to ask about your recent visit. Do you have a minute?',
    tags: ['survey'],
    criteria: [{ id: 'rating_collected', name: 'Rating collected', prompt: 'A 1–5 rating was collected.' }],
    dataCollection: {
      satisfaction: { type: 'integer', description: 'Rating from 1 to 5', sample: (n) => 1 + (n % 5) },
    },
    recording: {
      file: 'call-3.mp3',
      durationSecs: 17,
      lines: [
        { role: 'agent', message: 'Hi, I am calling from Acme to ask about your recent visit. Do you have a minute?', at: 0 },
        { role: 'user', message: 'Sure, go ahead.', at: 5 },
        { role: 'agent', message: 'On a scale of one to five, how satisfied were you?', at: 7 },
        { role: 'user', message: 'I would say four.', at: 11 },
        { role: 'agent', message: 'Thank you for your feedback. Have a nice day.', at: 13 },
      ],
    },
    scripts: [
      [
        { role: 'agent', message: 'Hi, I am calling from Acme to ask about your recent visit. Do you have a minute?' },
        { role: 'user', message: 'Yes.' },
        { role: 'agent', message: 'On a scale of one to five, how satisfied were you?' },
        { role: 'user', message: 'Two. The wait was very long.' },
        { role: 'agent', message: 'I am sorry to hear that. What could we do better?' },
        { role: 'user', message: 'More staff at the front desk in the mornings.' },
        { role: 'agent', message: 'Thank you, I will pass that on. Goodbye.' },
      ],
    ],
    summary: (outcome) =>
      outcome === 'success'
        ? { title: 'Survey completed', summary: 'The caller gave a rating and feedback.' }
        : { title: 'Survey not completed', summary: 'The caller did not finish the survey.' },
  },
];

/** Extra turns that make longer calls realistic without inventing new topics. */
export const SMALL_TALK: ScriptLine[] = [
  { role: 'user', message: 'Sorry, could you repeat that?' },
  { role: 'agent', message: 'Of course. Let me say that again more slowly.' },
  { role: 'user', message: 'Hold on one second.' },
  { role: 'agent', message: 'Take your time, I am still here.' },
];
