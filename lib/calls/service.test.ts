// conversation_initiation_client_data as ElevenLabs expects it: each override at its agent-config path.
import { describe, expect, it } from 'vitest';
import { clientData } from './service';

describe('clientData', () => {
  it('is null when there is nothing to send', () => {
    expect(clientData({})).toBeNull();
  });

  it('puts dynamic variables as they are and each override at its path', () => {
    expect(
      clientData({
        dynamic_variables: { customer_name: 'Ada', visits: 3 },
        overrides: { first_message: 'Hi', language: 'de', system_prompt: 'Be brief', voice_id: 'voice_1' },
      }),
    ).toEqual({
      dynamic_variables: { customer_name: 'Ada', visits: 3 },
      conversation_config_override: { agent: { first_message: 'Hi', language: 'de', prompt: { prompt: 'Be brief' } }, tts: { voice_id: 'voice_1' } },
    });
  });
});
