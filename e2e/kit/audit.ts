// `npm run audit:shipped` (run by .ci/run): fails on high or critical advisories in the production
// dependencies. An unreachable audit service is one warning line and a pass, unless AUDIT_REQUIRED=1:
// some registries and mirrors do not serve npm's advisory endpoint at all.
import { spawnSync } from 'node:child_process';
import { decideAudit, exitCodeFor, reportLines } from './audit-report';
import { ROOT } from './constants';

// npm exits 1 both for advisories and for errors; the JSON on stdout says which.
const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const decision = decideAudit(result.stdout ?? '');
const required = process.env.AUDIT_REQUIRED === '1';
for (const line of reportLines(decision, required)) console.log(line);
process.exitCode = exitCodeFor(decision, required);
