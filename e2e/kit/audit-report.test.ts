import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decideAudit, exitCodeFor, reportLines } from './audit-report';

const fixture = (name: string) => readFileSync(new URL(`./audit-fixtures/${name}.json`, import.meta.url), 'utf8');

describe('decideAudit on what npm audit --omit=dev --json prints', () => {
  it('fails on high and critical advisories and lists each package, worst first, not the moderate one', () => {
    const decision = decideAudit(fixture('high'));
    expect(decision).toEqual({
      kind: 'vulnerable',
      packages: [
        { name: 'cookie', severity: 'critical', reasons: ['through @auth/core'] },
        {
          name: 'next',
          severity: 'high',
          reasons: ['Next.js Allows a Denial of Service (DoS) with Server Actions https://github.com/advisories/GHSA-7m27-7ghc-44w9', 'through postcss'],
        },
      ],
    });
    expect(exitCodeFor(decision, false)).toBe(1);
    const lines = reportLines(decision, false).join('\n');
    expect(lines).toContain('- cookie (critical)');
    expect(lines).toContain('- next (high)');
    expect(lines).not.toContain('postcss (moderate)');
  });

  it('passes with only moderate advisories, naming their count', () => {
    const decision = decideAudit(fixture('moderate'));
    expect(decision.kind).toBe('clean');
    expect(exitCodeFor(decision, true)).toBe(0);
    expect(reportLines(decision, false)).toEqual(['✓ npm audit (shipped dependencies): no high or critical advisories (1 moderate).']);
  });

  it.each(['unreachable-405', 'unreachable-refused'])(
    '%s: one warning line and a pass, unless AUDIT_REQUIRED=1',
    (name) => {
      const decision = decideAudit(fixture(name));
      expect(decision.kind).toBe('unreachable');
      expect(exitCodeFor(decision, false)).toBe(0);
      expect(exitCodeFor(decision, true)).toBe(1);
      const warning = reportLines(decision, false);
      expect(warning).toHaveLength(1);
      expect(warning[0]).toMatch(/^⚠ npm audit skipped: the audit service could not be reached \(.+\/-\/npm\/v1\/security\/advisories\/bulk/);
      expect(reportLines(decision, true)[0]).toContain('AUDIT_REQUIRED=1');
    },
  );

  it.each([
    ['no lockfile', fixture('no-lockfile'), 'This command requires an existing lockfile.'],
    ['no JSON at all', 'npm ERR! something else', 'printed no JSON report'],
    ['nothing', '', '(nothing)'],
  ])('%s is a failure of this project, never skipped', (_name, stdout, words) => {
    const decision = decideAudit(stdout);
    expect(decision.kind).toBe('failed');
    expect(exitCodeFor(decision, false)).toBe(1);
    expect(reportLines(decision, false)[0]).toContain(words);
  });
});
