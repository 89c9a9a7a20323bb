// What `npm audit --omit=dev --json` printed, turned into a CI decision. Pure, so it is tested on
// fixtures of each shape npm prints (e2e/kit/audit-fixtures).

const BLOCKING = new Set(['high', 'critical']);
const SEVERITIES = ['critical', 'high', 'moderate', 'low', 'info'] as const;
/** Errors of the connection itself (npm puts their code in `error.code`). */
const NETWORK_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH']);

export interface VulnerablePackage {
  name: string;
  severity: string;
  /** Advisory titles and links, or the packages it is vulnerable through. */
  reasons: string[];
}

export type AuditDecision =
  | { kind: 'clean'; counts: Record<string, number> }
  | { kind: 'vulnerable'; packages: VulnerablePackage[] }
  /** The audit service could not be asked or refused to answer (a registry mirror without it, no network). */
  | { kind: 'unreachable'; reason: string }
  /** npm could not audit for a reason of this project's own (no lockfile, unreadable output). */
  | { kind: 'failed'; reason: string };

interface Via {
  title?: string;
  url?: string;
}
interface Vulnerability {
  name?: string;
  severity?: string;
  via?: (string | Via)[];
}
interface NpmAuditOutput {
  vulnerabilities?: Record<string, Vulnerability>;
  metadata?: { vulnerabilities?: Record<string, number> };
  message?: string;
  statusCode?: number;
  error?: { code?: string; summary?: string; detail?: string };
}

type Severity = (typeof SEVERITIES)[number];
const rank = (severity: string) => SEVERITIES.indexOf(severity as Severity);

function reasonsOf(vulnerability: Vulnerability): string[] {
  return (vulnerability.via ?? []).map((via) =>
    typeof via === 'string' ? `through ${via}` : [via.title, via.url].filter(Boolean).join(' ') || 'an advisory',
  );
}

/**
 * The audit request failed on its way: npm reports an HTTP error from the advisories endpoint with its
 * status, and a connection failure as "request to …/-/npm/v1/security/… failed".
 */
function isUnreachable(output: NpmAuditOutput): boolean {
  if (typeof output.statusCode === 'number') return true;
  if (output.error?.code && NETWORK_CODES.has(output.error.code)) return true;
  return /\/-\/npm\/v1\/security\//.test(output.message ?? '');
}

export function decideAudit(stdout: string): AuditDecision {
  let output: NpmAuditOutput;
  try {
    output = JSON.parse(stdout) as NpmAuditOutput;
  } catch {
    return { kind: 'failed', reason: `npm audit printed no JSON report: ${stdout.trim().slice(0, 200) || '(nothing)'}` };
  }
  if (output.vulnerabilities) {
    const packages = Object.entries(output.vulnerabilities)
      .filter(([, vulnerability]) => BLOCKING.has(vulnerability.severity ?? ''))
      .map(([name, vulnerability]) => ({ name: vulnerability.name ?? name, severity: vulnerability.severity!, reasons: reasonsOf(vulnerability) }))
      .sort((a, b) => rank(a.severity) - rank(b.severity) || a.name.localeCompare(b.name));
    return packages.length ? { kind: 'vulnerable', packages } : { kind: 'clean', counts: output.metadata?.vulnerabilities ?? {} };
  }
  const reason = output.message || output.error?.summary || output.error?.code || 'unknown error';
  return isUnreachable(output) ? { kind: 'unreachable', reason } : { kind: 'failed', reason };
}

export function exitCodeFor(decision: AuditDecision, required: boolean): number {
  if (decision.kind === 'clean') return 0;
  if (decision.kind === 'unreachable') return required ? 1 : 0;
  return 1;
}

export function reportLines(decision: AuditDecision, required: boolean): string[] {
  switch (decision.kind) {
    case 'clean': {
      const found = SEVERITIES.filter((severity) => decision.counts[severity]).map((severity) => `${decision.counts[severity]} ${severity}`);
      return [`✓ npm audit (shipped dependencies): no high or critical advisories${found.length ? ` (${found.join(', ')})` : ''}.`];
    }
    case 'vulnerable':
      return [
        `✗ npm audit (shipped dependencies): ${decision.packages.length} package(s) with high or critical advisories:`,
        ...decision.packages.map((p) => `  - ${p.name} (${p.severity}): ${p.reasons.join('; ')}`),
        '  Update them (npm audit fix --omit=dev, or a newer version in package.json), then run this again.',
      ];
    case 'unreachable':
      return required
        ? [`✗ npm audit could not reach the audit service and AUDIT_REQUIRED=1: ${decision.reason}`]
        : [`⚠ npm audit skipped: the audit service could not be reached (${decision.reason}); set AUDIT_REQUIRED=1 to fail instead.`];
    case 'failed':
      return [`✗ npm audit failed: ${decision.reason}`];
  }
}
