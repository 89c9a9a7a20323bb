// Conversations: the filtered, cursor-paged list, details, delete, and the recording with Range support.
import { Hono } from 'hono';
import { audioBytes } from '../audio';
import { detailError, notFound, validationError } from '../errors';
import { decodeCursor, pageOf } from '../paging';
import { findConversation, type SimulatorState } from '../state';
import { enumParam, intParam, type QueryCheck } from '../validation';
import { conversationSummary, conversationView } from '../views';

export function conversationRoutes(state: SimulatorState): Hono {
  const app = new Hono();
  app.get('/v1/convai/conversations', (c) => {
    const check: QueryCheck = { items: [] };
    const pageSize = intParam(c, 'page_size', check, { min: 1, max: 100 }) ?? 30;
    const after = intParam(c, 'call_start_after_unix', check);
    const before = intParam(c, 'call_start_before_unix', check);
    const minDuration = intParam(c, 'call_duration_min_secs', check);
    const maxDuration = intParam(c, 'call_duration_max_secs', check);
    const outcome = enumParam(c, 'call_successful', ['success', 'failure', 'unknown', 'error'] as const, check);
    const summaryMode = enumParam(c, 'summary_mode', ['exclude', 'include'] as const, check) ?? 'exclude';
    const direction = enumParam(c, 'sort_direction', ['asc', 'desc'] as const, check) ?? 'desc';
    const offset = decodeCursor(c.req.query('cursor'));
    if (offset === null) check.items.push({ loc: ['query', 'cursor'], msg: 'Invalid cursor', type: 'value_error', input: c.req.query('cursor') });
    const evaluations = c.req.queries('evaluation_params') ?? [];
    const dataParams = c.req.queries('data_collection_params') ?? [];
    for (const value of evaluations) {
      if (!/^[\w-]+:(success|failure|unknown)$/.test(value)) check.items.push({ loc: ['query', 'evaluation_params'], msg: 'Value error, expected criteria_id:result', type: 'value_error', input: value });
    }
    for (const value of dataParams) {
      if (!/^[\w-]+:(eq|neq|gt|gte|lt|lte|in):.*$/.test(value)) check.items.push({ loc: ['query', 'data_collection_params'], msg: 'Value error, expected id:op:value', type: 'value_error', input: value });
    }
    if (check.items.length) return validationError(c, check.items);

    const agentId = c.req.query('agent_id');
    const userId = c.req.query('user_id');
    const search = c.req.query('search')?.toLowerCase();
    let items = state.data.conversations.filter((x) => {
      const start = x.metadata.start_time_unix_secs;
      if (agentId && x.agent_id !== agentId) return false;
      if (userId && x.user_id !== userId) return false;
      if (outcome && (x.analysis?.call_successful ?? 'unknown') !== outcome) return false;
      if (after !== undefined && start < after) return false;
      if (before !== undefined && start > before) return false;
      if (minDuration !== undefined && x.metadata.call_duration_secs < minDuration) return false;
      if (maxDuration !== undefined && x.metadata.call_duration_secs > maxDuration) return false;
      if (search && !x.transcript.some((turn) => turn.message?.toLowerCase().includes(search))) return false;
      for (const value of evaluations) {
        const [criterion, result] = value.split(':');
        if (x.analysis?.evaluation_criteria_results[criterion!]?.result !== result) return false;
      }
      for (const value of dataParams) {
        const [id, op, ...rest] = value.split(':');
        if (!compare(x.analysis?.data_collection_results[id!]?.value, op!, rest.join(':'))) return false;
      }
      return true;
    });
    items = items.sort((a, b) => (direction === 'asc' ? 1 : -1) * (a.metadata.start_time_unix_secs - b.metadata.start_time_unix_secs));
    const { page, hasMore, next } = pageOf(items, offset ?? 0, pageSize);
    return c.json({ conversations: page.map((x) => conversationSummary(x, summaryMode === 'include')), next_cursor: next, has_more: hasMore });
  });

  app.get('/v1/convai/conversations/:id', (c) => {
    const conversation = findConversation(state, c.req.param('id'));
    return conversation ? c.json(conversationView(conversation)) : notFound(c, 'conversation');
  });

  app.delete('/v1/convai/conversations/:id', (c) => {
    const index = state.data.conversations.findIndex((x) => x.conversation_id === c.req.param('id'));
    if (index < 0) return notFound(c, 'conversation');
    state.data.conversations.splice(index, 1);
    return c.json({});
  });

  app.get('/v1/convai/conversations/:id/audio', (c) => {
    const conversation = findConversation(state, c.req.param('id'));
    if (!conversation) return notFound(c, 'conversation');
    if (!conversation.has_audio || !conversation.audioFile) {
      return detailError(c, 404, { type: 'not_found', code: 'conversation_audio_not_found', status: 'audio_not_found', message: 'This conversation has no audio.' });
    }
    const bytes = audioBytes(conversation.audioFile);
    const size = bytes.length;
    const range = c.req.header('range');
    const base = { 'content-type': 'audio/mpeg', 'accept-ranges': state.audioIgnoresRange ? 'none' : 'bytes' };
    const match = range && !state.audioIgnoresRange ? /^bytes=(\d*)-(\d*)$/.exec(range) : null;
    if (!match || (match[1] === '' && match[2] === '')) {
      return new Response(new Uint8Array(bytes), { status: 200, headers: { ...base, 'content-length': String(size) } });
    }
    let start: number;
    let end: number;
    if (match[1] === '') {
      start = Math.max(0, size - Number(match[2]));
      end = size - 1;
    } else {
      start = Number(match[1]);
      end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
    }
    if (start >= size || end < start) {
      return new Response(null, { status: 416, headers: { ...base, 'content-range': `bytes */${size}` } });
    }
    return new Response(new Uint8Array(bytes.subarray(start, end + 1)), {
      status: 206,
      headers: { ...base, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': String(end - start + 1) },
    });
  });
  return app;
}

function compare(actual: unknown, op: string, expected: string): boolean {
  if (op === 'in') return expected.split('|').includes(String(actual ?? ''));
  if (op === 'eq') return expected === '' ? actual === null || actual === undefined : String(actual) === expected;
  if (op === 'neq') return String(actual) !== expected;
  const a = Number(actual);
  const b = Number(expected);
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  return op === 'gt' ? a > b : op === 'gte' ? a >= b : op === 'lt' ? a < b : a <= b;
}

