// The layout's rules, checked on the source (README, "Architecture"):
// - no import cycle between modules of lib/, nor between its folders;
// - a feature folder's files keep their roles: model.ts has no zod and nothing server-side, service.ts
//   is server-only, queries.ts and mutations.ts reach nothing server-side;
// - nothing a browser loads ('use client' modules and all they import, lazily too) reaches full zod,
//   a service, the KV layer, the platform module or anything marked server-only;
// - code navigates through useAppRouter, which watches for stalled navigations, never Next's useRouter.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
const SOURCE_FOLDERS = ['app', 'components', 'lib'];
const FEATURES = ['agents', 'conversations', 'settings', 'webhooks'];

interface Edge {
  to: string;
  /** Erased at compile time: no code follows it into a bundle. */
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveSpecifier(specifier: string, from: string): string {
  let base: string;
  if (specifier.startsWith('@/')) base = specifier.slice(2);
  else if (specifier.startsWith('.')) base = join(dirname(from), specifier);
  else return specifier;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(join(ROOT, candidate)) && statSync(join(ROOT, candidate)).isFile()) return relative(ROOT, join(ROOT, candidate));
  }
  return base;
}

function importsOf(file: string): { edges: Edge[]; client: boolean } {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const edges: Edge[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      edges.push({ to: resolveSpecifier(node.moduleSpecifier.text, file), typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      edges.push({ to: resolveSpecifier(node.moduleSpecifier.text, file), typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) edges.push({ to: resolveSpecifier(argument.text, file), typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const first = source.statements[0];
  const client = !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === 'use client';
  return { edges, client };
}

const files = SOURCE_FOLDERS.flatMap(sourceFiles);
const graph = new Map(files.map((file) => [file, importsOf(file)]));

/** Strongly connected groups of more than one node (Tarjan), each a cycle. */
function cycles(nodes: string[], next: (node: string) => string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const target of next(node)) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const node of nodes) if (!index.has(node)) connect(node);
  return found;
}

const libFiles = files.filter((file) => file.startsWith('lib/'));
const libImports = (file: string) => (graph.get(file)?.edges ?? []).map((edge) => edge.to).filter((to) => to.startsWith('lib/') && graph.has(to));
const folderOf = (file: string) => file.split('/').slice(0, 2).join('/').replace(/\.tsx?$/, '');

/** Every module a browser may load from `start`: value imports only, lazy ones included. */
function browserReach(start: string): Map<string, string[]> {
  const paths = new Map<string, string[]>([[start, [start]]]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    for (const edge of graph.get(file)?.edges ?? []) {
      if (edge.typeOnly || paths.has(edge.to)) continue;
      paths.set(edge.to, [...paths.get(file)!, edge.to]);
      if (graph.has(edge.to)) queue.push(edge.to);
    }
  }
  return paths;
}

const SERVER_SIDE = [
  { test: (module: string) => module === 'zod', what: 'full zod (validation stays on the server)' },
  { test: (module: string) => module === 'server-only', what: 'a server-only module' },
  { test: (module: string) => /^lib\/[\w-]+\/(service|receiver|records|store)\.ts$/.test(module), what: 'a service or KV records' },
  { test: (module: string) => module.startsWith('lib/kv/'), what: 'the KV layer' },
  { test: (module: string) => module.startsWith('lib/platform/'), what: 'the platform module' },
];

describe('architecture', () => {
  it('has no import cycle between the modules of lib/', () => {
    expect(cycles(libFiles, libImports)).toEqual([]);
  });

  it('has no import cycle between the folders of lib/', () => {
    const folders = [...new Set(libFiles.map(folderOf))];
    const next = (folder: string) => [
      ...new Set(libFiles.filter((file) => folderOf(file) === folder).flatMap(libImports).map(folderOf).filter((to) => to !== folder)),
    ];
    expect(cycles(folders, next)).toEqual([]);
  });

  const clientModules = files.filter((file) => graph.get(file)!.client);

  it('finds the client modules it guards', () => {
    expect(clientModules.length).toBeGreaterThan(20);
  });

  it.each(clientModules)('%s reaches nothing server-side in the browser', (file) => {
    const problems = [...browserReach(file)].flatMap(([module, path]) =>
      SERVER_SIDE.filter((rule) => rule.test(module)).map((rule) => `${rule.what}: ${path.join(' -> ')}`),
    );
    expect(problems).toEqual([]);
  });

  it('navigates in code only through useAppRouter', () => {
    const ROUTER = 'components/common/use-app-router.ts';
    const direct = files.filter((file) => file !== ROUTER && /import\s*\{[^}]*\buseRouter\b[^}]*\}\s*from\s*'next\/navigation'/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(direct).toEqual([]);
    expect(readFileSync(join(ROOT, ROUTER), 'utf8')).toContain("from 'next/navigation'");
  });

  describe.each(FEATURES)('lib/%s keeps the feature shape', (feature) => {
    const module = (name: string) => `lib/${feature}/${name}.ts`;
    const valueImports = (file: string) => (graph.get(file)?.edges ?? []).filter((edge) => !edge.typeOnly).map((edge) => edge.to);

    it('model.ts (where present) imports no zod and nothing server-side', () => {
      if (!graph.has(module('model'))) return;
      expect([...browserReach(module('model')).keys()].filter((reached) => SERVER_SIDE.some((rule) => rule.test(reached)))).toEqual([]);
    });

    it('service.ts is server-only', () => {
      expect(valueImports(module('service'))).toContain('server-only');
    });

    it.each(['queries', 'mutations'])('%s.ts (where present) reaches nothing server-side', (name) => {
      if (!graph.has(module(name))) return;
      expect([...browserReach(module(name)).keys()].filter((reached) => SERVER_SIDE.some((rule) => rule.test(reached)))).toEqual([]);
    });

    it('schemas.ts (where present) does not import the service', () => {
      if (!graph.has(module('schemas'))) return;
      expect(valueImports(module('schemas'))).not.toContain(module('service'));
    });
  });
});
