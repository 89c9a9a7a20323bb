'use client';

import type { ReactNode } from 'react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { AGENT_FIELDS, AGENT_SECTION_LABEL, AGENT_SECTIONS, type AgentSection } from '@/lib/agents/model';
import { agentPlaceholders } from '@/lib/agents/call-rules';
import { AgentField } from './agent-fields';
import { CriteriaEditor, DataCollectionEditor } from './analysis-editor';
import { fieldId, useEditor } from './editor-context';

const fieldsOf = (section: AgentSection) => AGENT_FIELDS.filter((field) => field.section === section);

const DESCRIPTION: Record<AgentSection, string> = {
  agent: 'Who the agent is and what it says.',
  voice: 'How the agent sounds.',
  asr: 'How the caller is heard.',
  conversation: 'How long calls may last and when silence ends them.',
  analysis: 'What is judged and extracted after each call.',
  overrides: 'What a single call may change. Callers placing an outbound call and batch CSV columns can override only what is allowed here.',
  privacy: 'What is kept after a call.',
  advanced: 'The whole configuration as JSON, including settings this form does not show. Applied to the form before saving, and checked like it.',
};

export const sectionId = (section: AgentSection) => `agent-section-${section}`;

function Section({ section, children }: { section: AgentSection; children: ReactNode }) {
  return (
    <Card id={sectionId(section)} className="scroll-mt-28" data-testid={`section-${section}`} aria-labelledby={`${sectionId(section)}-title`}>
      <CardHeader>
        <CardTitle id={`${sectionId(section)}-title`}>{AGENT_SECTION_LABEL[section]}</CardTitle>
        <CardDescription>{DESCRIPTION[section]}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-5">{children}</CardContent>
    </Card>
  );
}

function Placeholders() {
  const { draft } = useEditor();
  const names = agentPlaceholders(draft);
  return (
    <p className="text-xs text-muted-foreground" data-testid="prompt-placeholders">
      {names.length ? (
        <>
          Uses {names.length === 1 ? 'one placeholder' : `${names.length} placeholders`}, which each call must supply:{' '}
          {names.map((name) => (
            <code key={name} className="mr-1 rounded bg-muted px-1 py-0.5 font-mono">{`{{${name}}}`}</code>
          ))}
        </>
      ) : (
        <>
          No <code className="font-mono">{'{{placeholders}}'}</code> used.
        </>
      )}
    </p>
  );
}

function Fields({ section }: { section: AgentSection }) {
  return (
    <>
      {fieldsOf(section).map((spec) =>
        spec.path === 'conversation_config.agent.prompt.prompt' ? (
          <AgentField key={spec.path} spec={spec} rows={14} after={<Placeholders />} />
        ) : (
          <AgentField key={spec.path} spec={spec} rows={spec.kind === 'longtext' ? 3 : undefined} />
        ),
      )}
    </>
  );
}

export interface AdvancedJson {
  text: string;
  onChange: (text: string) => void;
  onApply: () => void;
  /** The text differs from the form (typed here, not applied yet). */
  edited: boolean;
}

function AdvancedSection({ json }: { json: AdvancedJson }) {
  const { errorAt, disabled } = useEditor();
  const error = errorAt('advanced');
  const id = fieldId('advanced');
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>Configuration (JSON)</Label>
      <Textarea
        id={id}
        rows={20}
        spellCheck={false}
        value={json.text}
        disabled={disabled}
        onChange={(event) => json.onChange(event.target.value)}
        onBlur={() => json.edited && json.onApply()}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-help`}
        className="font-mono text-xs"
        data-testid="advanced-json"
      />
      <p id={`${id}-help`} className="text-xs text-muted-foreground">
        The agent ID, metadata and phone numbers are not edited here. Fields the API adds later are kept as they are.
      </p>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-destructive" data-testid="error-advanced">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function AgentSections({ json }: { json: AdvancedJson }) {
  return (
    <div className="min-w-0 space-y-4">
      {AGENT_SECTIONS.map((section) => (
        <Section key={section} section={section}>
          {section === 'analysis' ? (
            <>
              <CriteriaEditor />
              <DataCollectionEditor />
            </>
          ) : section === 'advanced' ? (
            <AdvancedSection json={json} />
          ) : (
            <Fields section={section} />
          )}
        </Section>
      ))}
    </div>
  );
}

/** Section links: a column beside the form on wide screens, a scrolling row above it on a phone. */
export function SectionNav() {
  return (
    <nav aria-label="Editor sections" className="sticky top-14 z-10 -mx-1 overflow-x-auto bg-background/95 px-1 py-2 backdrop-blur md:top-0 lg:top-4 lg:w-44 lg:shrink-0 lg:self-start">
      <ul className="flex gap-1 lg:flex-col">
        {AGENT_SECTIONS.map((section) => (
          <li key={section}>
            <a href={`#${sectionId(section)}`} className="block whitespace-nowrap rounded-md px-3 py-1.5 text-sm text-muted-foreground hover:bg-muted hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring" data-section-link={section}>
              {AGENT_SECTION_LABEL[section]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
