import { describe, expect, it } from 'vitest';
import { batchActions, batchFiltersToSearchParams, batchProgress, batchStatusLabel, countByStatus, readBatchFilters, recipientStatusLabel } from './model';

describe('batchProgress', () => {
  it.each([
    [{ status: 'pending', total_calls_scheduled: 10, total_calls_dispatched: 0, total_calls_finished: 0 }, { finished: 0, dispatched: 0, scheduled: 10, percent: 0 }],
    [{ status: 'in_progress', total_calls_scheduled: 10, total_calls_dispatched: 4, total_calls_finished: 3 }, { finished: 3, dispatched: 4, scheduled: 10, percent: 30 }],
    [{ status: 'completed', total_calls_scheduled: 3, total_calls_dispatched: 3, total_calls_finished: 3 }, { finished: 3, dispatched: 3, scheduled: 3, percent: 100 }],
    // An upstream without total_calls_finished (older answers) reads as none finished.
    [{ status: 'in_progress', total_calls_scheduled: 5, total_calls_dispatched: 2, total_calls_finished: null }, { finished: 0, dispatched: 2, scheduled: 5, percent: 0 }],
    // Counts past the total never draw a bar past 100%.
    [{ status: 'in_progress', total_calls_scheduled: 2, total_calls_dispatched: 5, total_calls_finished: 5 }, { finished: 2, dispatched: 2, scheduled: 2, percent: 100 }],
    [{ status: 'cancelled', total_calls_scheduled: 0, total_calls_dispatched: 0, total_calls_finished: 0 }, { finished: 0, dispatched: 0, scheduled: 0, percent: 100 }],
  ])('%j', (batch, expected) => {
    expect(batchProgress(batch)).toEqual(expected);
  });
});

const recipients = (...statuses: string[]) => statuses.map((status, i) => ({ id: `r${i}`, status }));

describe('batchActions', () => {
  it.each([
    ['pending', recipients('pending', 'pending'), { canCancel: true, cancellable: 2, canRetry: false, retryable: 0, canDelete: false }],
    ['in_progress', recipients('completed', 'in_progress', 'dispatched', 'pending', 'failed'), { canCancel: true, cancellable: 2, canRetry: false, retryable: 1, canDelete: false }],
    ['completed', recipients('completed', 'failed', 'voicemail'), { canCancel: false, cancellable: 0, canRetry: true, retryable: 2, canDelete: true }],
    ['completed', recipients('completed', 'completed'), { canCancel: false, cancellable: 0, canRetry: false, retryable: 0, canDelete: true }],
    ['cancelled', recipients('cancelled', 'failed'), { canCancel: false, cancellable: 0, canRetry: true, retryable: 1, canDelete: true }],
  ])('%s with %j', (status, list, expected) => {
    expect(batchActions({ status, recipients: list })).toEqual(expected);
  });
});

describe('labels and counts', () => {
  it('labels known statuses and shows unknown ones as they come', () => {
    expect(batchStatusLabel('in_progress')).toBe('In progress');
    expect(recipientStatusLabel('voicemail')).toBe('Voicemail');
    expect(recipientStatusLabel('queued_somewhere')).toBe('queued somewhere');
  });

  it('counts every status, unknown ones too', () => {
    expect(countByStatus(recipients('failed', 'failed', 'new_status'))).toMatchObject({ failed: 2, pending: 0, new_status: 1 });
  });

  it('puts the filters in the URL, leaving out what is unset', () => {
    expect(batchFiltersToSearchParams({ agent: 'agent_1', status: 'failed' }).toString()).toBe('agent=agent_1&status=failed');
    expect(batchFiltersToSearchParams({}).toString()).toBe('');
  });
});

describe('readBatchFilters', () => {
  it.each([
    ['agent=agent_1&status=failed&cursor=abc', { agent: 'agent_1', status: 'failed', cursor: 'abc' }],
    ['status=running&agent=bad%20id', {}],
    ['utm_source=mail', {}],
  ])('%s', (query, expected) => {
    expect(readBatchFilters(new URLSearchParams(query))).toEqual(expected);
  });
});
