import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { twMerge } from 'tailwind-merge';
import { describe, expect, it } from 'vitest';
import { cn } from '@/lib/utils';
import { mergeClasses } from './class-merge';

/** Every whitespace-separated word inside a string literal of the app's source: a superset of its class names. */
function classNamesInSource(): string[] {
  const root = join(__dirname, '..', '..');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      // class-merge.ts itself is skipped: its strings are group names, not classes.
      else if (/\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') && entry.name !== 'class-merge.ts') files.push(path);
    }
  };
  for (const dir of ['app', 'components', 'lib']) walk(join(root, dir));
  const names = new Set<string>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const literal of source.matchAll(/(['"`])((?:(?!\1)[^\\\n])*)\1/g)) {
      for (const word of (literal[2] ?? '').split(/\s+/)) {
        if (/^!?-?[a-z@*][\w\-[\]():/.%=&>*@!,#]*$/.test(word) && !word.includes('${')) names.add(word);
      }
    }
  }
  return [...names].sort();
}

describe('mergeClasses (the pruned tailwind-merge behind cn)', () => {
  it.each([
    ['px-2 py-1', 'p-3', 'p-3'],
    ['p-3', 'px-2', 'p-3 px-2'],
    ['h-9 w-9', 'size-8', 'size-8'],
    ['text-sm text-muted-foreground', 'text-xs', 'text-muted-foreground text-xs'],
    ['text-sm text-muted-foreground', 'text-destructive', 'text-sm text-destructive'],
    ['leading-none', 'text-lg', 'text-lg'],
    ['text-lg', 'leading-none', 'text-lg leading-none'],
    ['bg-primary hover:bg-primary/90', 'bg-destructive', 'hover:bg-primary/90 bg-destructive'],
    ['border border-input', 'border-destructive/40', 'border border-destructive/40'],
    ['inline-flex', 'hidden', 'hidden'],
    ['overflow-hidden', 'line-clamp-2', 'line-clamp-2'],
    ['rounded-md', 'rounded-full', 'rounded-full'],
    ['font-medium', 'font-mono', 'font-medium font-mono'],
    ['max-w-lg', 'max-w-[85vw]', 'max-w-[85vw]'],
    ['grid-cols-2', 'grid-cols-[1fr_auto]', 'grid-cols-[1fr_auto]'],
    ['shadow-sm focus-visible:ring-2', 'shadow-none', 'focus-visible:ring-2 shadow-none'],
  ])('%s + %s → %s', (base, override, merged) => {
    expect(mergeClasses(base, override)).toBe(merged);
    expect(twMerge(base, override)).toBe(merged);
  });

  it('merges every pair of class names found in the source exactly as the full twMerge does', () => {
    // A word either merge recognises as a class collapses with itself; other words cannot conflict.
    const isClass = (word: string) => twMerge(word, word) === word || mergeClasses(word, word) === word;
    const names = classNamesInSource().filter(isClass);
    expect(names.length).toBeGreaterThan(300);
    // Classes under different variants (hover:, md: …) never conflict, so only same-variant pairs are compared.
    const byVariant = new Map<string, string[]>();
    for (const name of names) {
      const variant = name.slice(0, name.lastIndexOf(':') + 1);
      byVariant.set(variant, [...(byVariant.get(variant) ?? []), name]);
    }
    const disagreements: string[] = [];
    for (const group of byVariant.values()) {
      for (const first of group) {
        for (const second of group) {
          if (first === second) continue;
          const expected = twMerge(first, second);
          const actual = mergeClasses(first, second);
          if (actual !== expected) disagreements.push(`"${first} ${second}": ${actual} (twMerge: ${expected})`);
        }
      }
    }
    // A class from a group missing in lib/ui/class-merge.ts shows up here: add its group there.
    expect(disagreements.slice(0, 40)).toEqual([]);
  });

  it('cn joins conditional classes and then merges', () => {
    expect(cn('px-2', false && 'hidden', { 'py-1': true, 'py-2': false }, ['p-4'])).toBe('p-4');
  });
});
