import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { it as italian } from './it.ts';

type Tree = { [key: string]: string | Tree };

const leaves = (tree: Tree, prefix = ''): Array<[string, string]> =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('the Italian and English catalogues', () => {
  const itLeaves = new Map(leaves(italian));
  const enLeaves = new Map(leaves(en as Tree));

  it('have the same keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...itLeaves.keys()].sort());
  });

  it('leave no text empty', () => {
    for (const [key, text] of [...itLeaves, ...enLeaves]) expect(text.trim(), key).not.toBe('');
  });

  it('fill the same placeholders in both languages', () => {
    for (const [key, text] of itLeaves)
      expect(placeholders(enLeaves.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('name every role of the permission table', async () => {
    const { ROLES } = await import('../../../domain/access/roles.ts');
    for (const role of ROLES) {
      expect(itLeaves.has(`roles.${role}`), role).toBe(true);
    }
  });
});
