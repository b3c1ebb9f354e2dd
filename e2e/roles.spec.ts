import type { Role } from '../domain/access/roles.ts';
import {
  expect,
  expectNoAxeViolations,
  menuEntries,
  navigateInApp,
  test,
  waitForPage,
} from './support/fixtures.ts';

/** Every page of the menu: its Italian name, where it is, and the API call its data comes from. */
const PAGES = {
  home: { label: 'Home', path: '/', api: '/api/home' },
  publicCalls: { label: 'Bandi aperti', path: '/bandi', api: '/api/public/calls' },
  applications: { label: 'Bandi e domande', path: '/applications', api: '/api/applications' },
  offers: { label: 'Le mie offerte', path: '/offerte', api: '/api/offers' },
  myAppointments: { label: 'I miei incarichi', path: '/incarichi', api: '/api/me/appointments' },
  calls: { label: 'Gestione bandi', path: '/calls', api: '/api/calls' },
  appointments: { label: 'Incarichi e tutor', path: '/appointments', api: '/api/appointments' },
  committee: { label: 'Le mie commissioni', path: '/committee', api: '/api/committee/calls' },
  funding: { label: 'Finanziamenti', path: '/funding', api: '/api/funding' },
  projects: { label: 'Progetti di tutorato', path: '/projects', api: '/api/projects' },
  career: { label: 'La mia carriera', path: '/career', api: '/api/me/career' },
  students: { label: 'Studenti', path: '/students', api: '/api/students' },
  imports: { label: 'Importazioni', path: '/imports', api: '/api/imports' },
  specialCategory: {
    label: 'Dati particolari',
    path: '/special-category',
    api: '/api/special-category/grants',
  },
  units: { label: 'Strutture', path: '/units', api: '/api/units' },
  people: { label: 'Persone e ruoli', path: '/people', api: '/api/people' },
  audit: { label: 'Registro delle operazioni', path: '/audit', api: '/api/audit' },
  profiles: { label: 'Profili regolamentari', path: '/profiles', api: '/api/profiles' },
  profile: { label: 'Il mio profilo', path: '/profile', api: '/api/me' },
} as const;
type PageName = keyof typeof PAGES;
const ALL = Object.keys(PAGES) as PageName[];

// Each role logs in on its own: the roles run side by side.
test.describe.configure({ mode: 'parallel' });

/** What each role may use (domain/access/permissions.ts), in menu order. Everything else is refused. */
const ALLOWED: Record<Role, PageName[]> = {
  // A student's calls page (their eligibility and applications) takes the place of the public list.
  student: ['home', 'applications', 'offers', 'myAppointments', 'career', 'profile'],
  tutor: ['home', 'applications', 'offers', 'myAppointments', 'career', 'profile'],
  supervisor: ['home', 'publicCalls', 'calls', 'funding', 'projects', 'students', 'units', 'profile'],
  'committee-member': ['home', 'publicCalls', 'calls', 'committee', 'units', 'profile'],
  'tutoring-office': [
    'home',
    'publicCalls',
    'calls',
    'appointments',
    'funding',
    'projects',
    'students',
    'imports',
    'specialCategory',
    'units',
    'people',
    'audit',
    'profiles',
    'profile',
  ],
  'university-commission': [
    'home',
    'publicCalls',
    'calls',
    'funding',
    'projects',
    'units',
    'profiles',
    'profile',
  ],
  evaluator: ['home', 'publicCalls', 'calls', 'units', 'profiles', 'profile'],
  administrator: [
    'home',
    'publicCalls',
    'calls',
    'funding',
    'units',
    'people',
    'audit',
    'profiles',
    'profile',
  ],
};

for (const [role, allowed] of Object.entries(ALLOWED) as Array<[Role, PageName[]]>) {
  test(`${role}: the menu offers what the role can use, every page passes axe, the rest is refused`, async ({
    page,
    loginAs,
  }) => {
    await loginAs(role);
    expect(await menuEntries(page)).toEqual(allowed.map((name) => PAGES[name].label));
    // The home page says what to do next, in words the web app knows for every key the server sends.
    await expect(page.getByTestId('next-action').first()).toBeVisible();
    await expect(page.getByText('C’è un’attività che richiede la tua attenzione.')).toHaveCount(0);

    const menu = page.getByRole('navigation', { name: 'Menu principale' });
    for (const name of allowed) {
      await menu.getByRole('link', { name: PAGES[name].label, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${PAGES[name].path}$`));
      await waitForPage(page);
      await expect(page.getByTestId('forbidden')).toHaveCount(0);
      await expect(page.getByRole('navigation', { name: 'Percorso di navigazione' })).toBeVisible();
      await expectNoAxeViolations(page);
      // On a desktop screen nothing makes the page scroll sideways, the office's long menu included.
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(widths[0], `${PAGES[name].path} scrolls sideways`).toBeLessThanOrEqual(widths[1] ?? 0);
    }

    // Typed into the address bar, a page the role cannot use says so, and its API call is refused.
    // The public list of calls is open to anyone, so it is never refused.
    const refused = ALL.filter((candidate) => !allowed.includes(candidate) && candidate !== 'publicCalls');
    for (const [index, name] of refused.entries()) {
      if (index === 0) await page.goto(PAGES[name].path);
      else {
        // Through the home page, so the refusal seen next is this page's, not the previous one's.
        await navigateInApp(page, '/');
        await expect(page.getByRole('heading', { level: 1, name: /^Ciao, / })).toBeVisible();
        await navigateInApp(page, PAGES[name].path);
      }
      await expect(page.getByRole('heading', { level: 1, name: 'Accesso non consentito' })).toBeVisible();
      expect((await page.request.get(PAGES[name].api)).status(), `${role} GET ${PAGES[name].api}`).toBe(403);
    }
  });
}

test('the office and a supervisor open a student career; the supervisor sees no special-category data', async ({
  page,
  loginAs,
}) => {
  for (const role of ['tutoring-office', 'supervisor'] as const) {
    await loginAs(role);
    await page.goto('/students');
    await waitForPage(page);
    await page.getByRole('table').getByRole('link').first().click();
    await expect(page).toHaveURL(/\/students\/[0-9a-f-]{36}$/);
    await waitForPage(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Esami sostenuti' })).toBeVisible();
    await expect(
      page
        .getByRole('navigation', { name: 'Percorso di navigazione' })
        .getByRole('link', { name: 'Studenti' }),
    ).toBeVisible();
    if (role === 'supervisor') await expect(page.getByTestId('special-category')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.context().clearCookies();
  }
});

test('an address that is no page, or a page the role cannot use, says so', async ({ page, loginAs }) => {
  await loginAs('evaluator');
  await page.goto('/non-esiste');
  await expect(page.getByRole('heading', { level: 1, name: 'Pagina non trovata' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Accesso non consentito' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Torna alla home' })).toBeVisible();
  await expectNoAxeViolations(page);
});
