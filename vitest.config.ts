import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const reporters = process.env.AFFIANCO_TEST_SUMMARY
  ? ['default', ['json', { outputFile: `${process.env.AFFIANCO_TEST_SUMMARY}/vitest.json` }]]
  : ['default'];

export default defineConfig({
  plugins: [react()],
  resolve: {
    // bootstrap-italia's main bundle sets NODE_ENV=production when imported in Node (stack notes).
    alias: { 'bootstrap-italia': 'bootstrap-italia/dist/bootstrap-italia.esm.js' },
    conditions: ['module', 'browser'],
  },
  test: {
    reporters: reporters as never,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            'domain/**/*.test.ts',
            'server/**/*.test.ts',
            'api/**/*.test.ts',
            'bench/**/*.test.ts',
            'profiles/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          include: ['web/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['web/src/test/setup.ts'],
          server: { deps: { inline: ['design-react-kit', 'bootstrap-italia'] } },
        },
      },
    ],
  },
});
