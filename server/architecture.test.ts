import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { cruise } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const ruleSet = require('../.dependency-cruiser.cjs');
const root = resolve(import.meta.dirname, '..');

const run = async (baseDir: string, folders: string[]) => {
  const result = await cruise(folders, {
    ruleSet,
    validate: true,
    baseDir,
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
  });
  if (typeof result.output === 'string') throw new Error('unexpected string output');
  return result.output;
};

describe('the dependency rule', () => {
  it('holds for the project, and actually looked at it', async () => {
    const output = await run(root, ['domain', 'api', 'server']);
    expect(output.summary.totalCruised).toBeGreaterThan(40);
    expect(output.summary.violations).toEqual([]);
  });

  it('catches a domain module that imports the server', async () => {
    const output = await run(resolve(root, 'server/test/fixtures/arch'), ['domain']);
    expect(output.summary.violations.map((v) => v.rule.name)).toContain('domain-is-pure');
  });
});
