import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_ROUTES } from './api-routes';
import { ROOT } from './constants';

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === 'route.ts' ? [relative(ROOT, path)] : [];
  });
}

function exportedMethods(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  return [...source.matchAll(/export (?:const|(?:async )?function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((match) => match[1]!);
}

describe('API route inventory', () => {
  const files = routeFiles(join(ROOT, 'app/api'));

  it.each(files.flatMap((file) => exportedMethods(file).map((method) => [method, file])))(
    '%s %s is listed for the unauthenticated-access suite',
    (method, file) => {
      expect(API_ROUTES.some((route) => route.file === file && route.method === method)).toBe(true);
    },
  );

  it.each(files)('%s runs on the edge runtime', (file) => {
    expect(readFileSync(join(ROOT, file), 'utf8')).toMatch(/export const runtime = 'edge'/);
  });

  it.each(API_ROUTES.filter((route) => !route.public).map((route) => [route.method, route.file, route.permission]))(
    '%s %s requires %s',
    (method, file, permission) => {
      expect(permission).toBeDefined();
      const declared = new RegExp(`export const ${method} = withRoute\\(\\{ permission: '([\\w.]+)'`).exec(readFileSync(join(ROOT, file!), 'utf8'));
      expect(declared?.[1]).toBe(permission);
    },
  );

  it('lists no route that does not exist', () => {
    for (const route of API_ROUTES) expect(exportedMethods(route.file)).toContain(route.method);
  });
});
