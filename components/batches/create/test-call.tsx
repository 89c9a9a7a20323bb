'use client';

import { useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Loader2, PhoneOutgoing } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { NativeSelect } from '@/components/ui/native-select';
import type { OverrideField } from '@/lib/agents/call-rules';
import type { RecipientPayload } from '@/lib/batches/upload/columns';
import { placeCallMutation } from '@/lib/calls/mutations';

export interface TestCandidate {
  line: number;
  payload: RecipientPayload;
  /** The row's override columns, as the outbound-call route takes them. */
  overrides: Partial<Record<OverrideField, string>>;
}

interface Props {
  agentId: string;
  phoneNumberId: string;
  candidates: TestCandidate[];
}

/**
 * One call to one row through the outbound-call route before the batch goes: each row gets its own
 * idempotency key, kept for the page's life, so a double press or a retry never dials it twice.
 */
export function TestCall({ agentId, phoneNumberId, candidates }: Props) {
  const [line, setLine] = useState<number | null>(null);
  const keys = useRef(new Map<number, string>());
  const [placed, setPlaced] = useState<Set<number>>(new Set());
  const call = useMutation(placeCallMutation());
  const chosen = candidates.find((c) => c.line === line) ?? candidates[0];
  if (!chosen) return <p className="text-sm text-muted-foreground">A test call needs a row without errors.</p>;
  const done = placed.has(chosen.line);
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
      <span className="sm:w-72">
        <NativeSelect aria-label="Row to call" value={chosen.line} onChange={(event) => setLine(Number(event.target.value))}>
          {candidates.map((c) => (
            <option key={c.line} value={c.line}>
              Line {c.line}: {c.payload.phone_number}
            </option>
          ))}
        </NativeSelect>
      </span>
      <Button
        type="button"
        variant="outline"
        disabled={call.isPending || done || !agentId || !phoneNumberId}
        onClick={() => {
          let key = keys.current.get(chosen.line);
          if (!key) {
            key = crypto.randomUUID();
            keys.current.set(chosen.line, key);
          }
          call.mutate(
            {
              idempotency_key: key,
              agent_id: agentId,
              from_phone_number_id: phoneNumberId,
              to_number: chosen.payload.phone_number,
              dynamic_variables: chosen.payload.conversation_initiation_client_data.dynamic_variables,
              ...(Object.keys(chosen.overrides).length ? { overrides: chosen.overrides } : {}),
            },
            { onSuccess: () => setPlaced((s) => new Set(s).add(chosen.line)) },
          );
        }}
      >
        {call.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : <PhoneOutgoing className="size-4" aria-hidden />}
        {done ? 'Test call placed' : 'Test call'}
      </Button>
    </div>
  );
}
