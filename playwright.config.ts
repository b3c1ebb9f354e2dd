import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices, type ReporterDescription } from '@playwright/test';

/** A fixed port away from the dev server (3000) so a running `npm start` does not get in the way. */
const PORT = Number(process.env.E2E_PORT ?? 3107);
const BASE_URL = `http://127.0.0.1:${PORT}`;
/** A fresh embedded database per run: the webServer command deletes it before starting. */
const PGLITE_DIR = join(tmpdir(), `affianco-e2e-${PORT}`);

/** Specs that change shared demo data in a way other specs would notice. */
const STATEFUL = [
  '**/language.spec.ts',
  '**/special-category.spec.ts',
  '**/administration.spec.ts',
  '**/profiles.spec.ts',
  '**/funding-projects.spec.ts',
  '**/apply.spec.ts',
  '**/offers.spec.ts',
  '**/offers-office.spec.ts',
  '**/call-editor.spec.ts',
  '**/committee.spec.ts',
  '**/committee-appeals.spec.ts',
  '**/returned-hours.spec.ts',
];

/**
 * Specs that go on from where a stateful spec leaves the demo (the checklist of the appointment offers.spec makes):
 * after the stateful project, so that the two never race for the same offer.
 */
const AFTER_STATEFUL = [
  '**/appointment-checklist.spec.ts',
  '**/payout.spec.ts',
  '**/offers-other-ranking.spec.ts',
  '**/withdrawal.spec.ts',
];

/** Specs that move the server's clock (e2e/support/clock.ts): after everything else, one at a time. */
const TIME_TRAVEL = ['**/selection.spec.ts'];

const summaryDir = process.env.AFFIANCO_TEST_SUMMARY;
const reporter: ReporterDescription[] = [['list']];
if (summaryDir) reporter.push(['json', { outputFile: join(summaryDir, 'playwright.json') }]);

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter,
  use: {
    baseURL: BASE_URL,
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    // Recording traces doubles the run on two cores; turn them on when chasing a failure (--trace on).
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium: browsers are never downloaded on these machines (stack notes).
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
      testIgnore: [...STATEFUL, ...AFTER_STATEFUL, ...TIME_TRAVEL],
    },
    // Specs that change what other specs read (a person's language, roles, units, grants) run after them.
    {
      name: 'stateful',
      use: { ...devices['Desktop Chrome'] },
      testMatch: STATEFUL,
      dependencies: ['chromium'],
    },
    {
      name: 'after-stateful',
      use: { ...devices['Desktop Chrome'] },
      testMatch: AFTER_STATEFUL,
      dependencies: ['stateful'],
    },
    {
      name: 'time-travel',
      use: { ...devices['Desktop Chrome'] },
      testMatch: TIME_TRAVEL,
      dependencies: ['after-stateful'],
      fullyParallel: false,
    },
  ],
  webServer: {
    // The embedded database, fresh: a DATABASE_URL from the calling shell must not send the run elsewhere.
    command: `unset DATABASE_URL; rm -rf "${PGLITE_DIR}" && exec npx tsx server/main.ts`,
    url: `${BASE_URL}/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      PUBLIC_URL: BASE_URL,
      PGLITE_DIR,
      DEMO_DATA: 'true',
      DEMO_STUDENTS: '200',
      LOG_LEVEL: 'warn',
      WEB_DIST: './dist/web',
      // Every spec logs in several times from the same address.
      LOGIN_IP_LIMIT_PER_MINUTE: '1000',
      // Lets the time-travel specs cross a deadline (e2e/support/clock.ts).
      TEST_CLOCK: 'true',
    },
  },
});
