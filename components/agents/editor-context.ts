'use client';

import { createContext, useContext } from 'react';
import type { AgentDetail } from '@/lib/agents/model';

/** What every field of the editor reads and writes: the whole draft agent, by dotted path. */
export interface EditorContextValue {
  draft: AgentDetail;
  set: (path: string, value: unknown) => void;
  /** The message for a field (ours or the server's 422), by dotted path. */
  errorAt: (path: string) => string | undefined;
  disabled: boolean;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor must be used inside the agent editor');
  return value;
}

/** The DOM id of a field's control (labels, error messages and "jump to the field" use it). */
export const fieldId = (path: string) => `agent-field-${path.replace(/[^\w-]/g, '-')}`;
