// Files the create page offers: the template for the chosen agent and the rows still at fault.
// Loaded on demand (papaparse writes them, with formula cells escaped: lib/csv.ts).
import { type AgentDetail } from '@/lib/agents/model';
import { allowedOverrides, agentPlaceholders, OVERRIDE_FIELDS } from '@/lib/agents/call-rules';
import { toCsv } from '@/lib/csv';
import { cellText, PHONE_COLUMN, type RecipientTable } from './columns';
import type { PreflightResult } from './preflight';

/** phone_number, then the agent's placeholders, then the overrides it allows; one example row. */
export function templateCsv(agent: Pick<AgentDetail, 'conversation_config' | 'platform_settings'>): string {
  const allowed = allowedOverrides(agent);
  const columns = [PHONE_COLUMN, ...agentPlaceholders(agent), ...OVERRIDE_FIELDS.filter((field) => allowed[field])];
  return toCsv(columns, [columns.map((column) => (column === PHONE_COLUMN ? '+14155550123' : ''))]);
}

/** The rows with an error, as uploaded, with their line and what is wrong; fixed, they upload again. */
export function badRowsCsv(table: RecipientTable, result: PreflightResult): string {
  const rows = table.rows.flatMap((row, index) => {
    const errors = result.rows[index]?.issues.filter((issue) => issue.severity === 'error') ?? [];
    return errors.length ? [[...row.map(cellText), table.lines[index], errors.map((issue) => issue.message).join(' ')]] : [];
  });
  return toCsv([...table.columns, 'line', 'problems'], rows);
}
