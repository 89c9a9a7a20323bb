// Architecture: what runs in the browser never imports full zod (about 100 kB gzip would land in the
// page). Starts from every 'use client' module and each feature's queries.ts and follows their
// runtime imports (type-only ones are erased) through the app's own files.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './constants';

const FORBIDDEN = new Set(['zod', 'zod/v4', 'zod/v3']);
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'api' && dir.endsWith('app') ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Specifiers of imports that survive compilation: not `import type`, not `export type`. */
export function runtimeImports(source: string): string[] {
  const specifiers: string[] = [];
  const statements = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(statements)) {
    if (match[5] ?? match[6]) specifiers.push((match[5] ?? match[6])!);
    else if (!match[2]) specifiers.push(match[4]!);
  }
  return specifiers;
}

function resolveLocal(specifier: string, from: string): string | null {
  const base = specifier.startsWith('@/') ? join(ROOT, specifier.slice(2)) : specifier.startsWith('.') ? resolve(dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, ...EXTENSIONS.map((extension) => base + extension)]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The chain of files from `entry` to a forbidden import, or null. */
function pathToForbidden(entry: string, seen = new Set<string>()): string[] | null {
  if (seen.has(entry)) return null;
  seen.add(entry);
  for (const specifier of runtimeImports(readFileSync(entry, 'utf8'))) {
    if (FORBIDDEN.has(specifier)) return [relative(ROOT, entry), specifier];
    const next = resolveLocal(specifier, entry);
    const rest = next ? pathToForbidden(next, seen) : null;
    if (rest) return [relative(ROOT, entry), ...rest];
  }
  return null;
}

const clientEntries = [...sourceFiles(join(ROOT, 'components')), ...sourceFiles(join(ROOT, 'app')), ...sourceFiles(join(ROOT, 'lib'))].filter(
  (file) => /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8')) || /lib\/[^/]+\/queries\.ts$/.test(file),
);

describe('browser code and zod', () => {
  it('finds the client modules to check', () => {
    expect(clientEntries.length).toBeGreaterThan(30);
  });

  it('no client module reaches full zod (zod/mini would be allowed)', () => {
    const offenders = clientEntries.map((entry) => pathToForbidden(entry)).filter((chain) => chain !== null);
    expect(offenders.map((chain) => chain.join(' -> '))).toEqual([]);
  });

  it.each([
    ["import { z } from 'zod';", ['zod']],
    ["import type { X } from './schemas';", []],
    ["import { a, type B } from './schemas';", ['./schemas']],
    ["export { A } from './form-rules';\nexport type { B } from './schemas';", ['./form-rules']],
    ["const M = lazy(() => import('./more-filters'));", ['./more-filters']],
  ])('reads the runtime imports of %j', (source, expected) => {
    expect(runtimeImports(source)).toEqual(expected);
  });
});
