import { describe, expect, it } from 'vitest';
import { webhookTypeLabel } from './model';

describe('webhookTypeLabel', () => {
  it.each([
    ['post_call_transcription', 'Transcription'],
    ['call_initiation_failure', 'Call failed to start'],
    ['post_call_summary', 'post_call_summary'],
  ])('%s -> %s', (type, label) => {
    expect(webhookTypeLabel(type)).toBe(label);
  });
});
