import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileDetail, ProfileList } from '../../../api/profiles.ts';
import type { RegulationProfile } from '../../../domain/profiles/types.ts';
import { POLIBA } from '../../../profiles/poliba.ts';
import { regulationProfiles } from '../../db/schema/index.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { activeProfile } from './repository.ts';

describe.each(testBackends())('regulation profiles on %s', (backend) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestApp(backend);
    admin = new TestClient(t.app);
    await admin.login('admin');
  });
  afterAll(async () => t?.close());

  const put = (client: TestClient, code: string, payload: unknown) =>
    client.request({ method: 'PUT', url: `/api/profiles/${code}`, payload: payload as object });
  const auditOf = async (event: string, code: string) =>
    (await admin.get(`/api/audit?event=${event}&entityId=${code}`)).json().items as Array<{
      data: Record<string, unknown>;
    }>;
  const activeRows = async () => {
    const [row] = await t.ctx.database.db
      .select({ n: count() })
      .from(regulationProfiles)
      .where(eq(regulationProfiles.active, true));
    return Number(row?.n ?? 0);
  };

  it('lists the five presets, with Bari in force for the demo university', async () => {
    for (const username of ['ufficio', 'commissione-ateneo', 'nucleo', 'admin']) {
      const client = new TestClient(t.app);
      await client.login(username);
      const reply = await client.get('/api/profiles');
      expect(reply.statusCode, username).toBe(200);
      const list = reply.json() as ProfileList;
      expect(list.items.map((item) => [item.code, item.kind])).toEqual([
        ['polimi', 'preset'],
        ['unife', 'preset'],
        ['uniroma2', 'preset'],
        ['unive', 'preset'],
        ['poliba', 'preset'],
      ]);
      expect(list.activeCode).toBe('poliba');
    }
    const active = await activeProfile(t.ctx.database.db);
    expect(active).toMatchObject({ code: 'poliba', kind: 'preset' });
    expect(active?.profile.rankings.appealWindowDays.value).toBe(10);
  });

  it('describes the profile routes in the OpenAPI document', async () => {
    const reply = await new TestClient(t.app).get('/api/openapi.json');
    expect(reply.statusCode).toBe(200);
    expect(Object.keys(reply.json().paths)).toEqual(
      expect.arrayContaining(['/api/profiles', '/api/profiles/{code}', '/api/profiles/{code}/activate']),
    );
  });

  it('shows a preset with every setting and its source', async () => {
    const reply = await admin.get('/api/profiles/poliba');
    expect(reply.statusCode).toBe(200);
    const detail = reply.json() as ProfileDetail;
    expect(detail.profile).toEqual(POLIBA.profile);
    expect(detail.profile.applications.maxPositionsPerCandidate).toEqual({
      value: 2,
      source: 'seed 004 art. 4',
    });
    expect((await admin.get('/api/profiles/nessuno')).statusCode).toBe(404);
  });

  it('keeps profiles from students and supervisors, and changes to the administrator', async () => {
    for (const username of ['studente', 'referente', 'tutor']) {
      const client = new TestClient(t.app);
      await client.login(username);
      expect((await client.get('/api/profiles')).statusCode, username).toBe(403);
      expect((await client.get('/api/profiles/poliba')).statusCode, username).toBe(403);
    }
    for (const username of ['studente', 'referente', 'ufficio', 'nucleo']) {
      const client = new TestClient(t.app);
      await client.login(username);
      const copy = await client.post('/api/profiles', { from: 'poliba', code: 'hack', name: 'Hack profile' });
      expect(copy.statusCode, username).toBe(403);
      expect((await client.post('/api/profiles/unife/activate')).statusCode, username).toBe(403);
      expect((await put(client, 'poliba', { name: 'x', profile: POLIBA.profile })).statusCode, username).toBe(
        403,
      );
    }
    expect(await activeRows()).toBe(1);
  });

  it('copies a preset under a new code, with an audit entry', async () => {
    const reply = await admin.post('/api/profiles', {
      from: 'poliba',
      code: 'poliba-2026',
      name: 'Politecnico di Bari 2026',
    });
    expect(reply.statusCode).toBe(201);
    const copy = reply.json() as ProfileDetail;
    expect(copy).toMatchObject({ code: 'poliba-2026', kind: 'copy', basedOn: 'poliba', active: false });
    expect(copy.updatedByName).toBe('Franco Loiacono');
    expect(copy.profile).toEqual(POLIBA.profile);
    expect(await auditOf('profile.created', 'poliba-2026')).toEqual([
      expect.objectContaining({ data: { from: 'poliba', name: 'Politecnico di Bari 2026' } }),
    ]);
    const list = (await admin.get('/api/profiles')).json() as ProfileList;
    expect(list.items.at(-1)).toMatchObject({ code: 'poliba-2026', kind: 'copy' });
  });

  it('refuses a copy under a taken code, a preset code or from nothing, naming the field', async () => {
    const cases = [
      [
        { from: 'poliba', code: 'poliba-2026', name: 'Ancora' },
        'code',
        'Esiste già un profilo con codice poliba-2026.',
      ],
      [{ from: 'poliba', code: 'unife', name: 'Ancora' }, 'code', 'Esiste già un profilo con codice unife.'],
      [
        { from: 'nessuno', code: 'nuovo', name: 'Nuovo' },
        'from',
        'Non esiste un profilo con codice nessuno da copiare.',
      ],
    ] as const;
    for (const [body, field, message] of cases) {
      const reply = await admin.post('/api/profiles', body);
      expect(reply.statusCode, body.code).toBe(400);
      expect(reply.json().issues).toEqual([expect.objectContaining({ field, message })]);
    }
    const badCode = await admin.post('/api/profiles', { from: 'poliba', code: 'Con Spazi', name: 'Nuovo' });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().issues[0].field).toBe('code');
  });

  it('refuses an edit with contradictory values: 400 naming the fields, nothing saved', async () => {
    const before = (await admin.get('/api/profiles/poliba-2026')).json() as ProfileDetail;
    const profile: RegulationProfile = structuredClone(before.profile);
    profile.caps.contractMinHours = { value: 120, source: 'D.R. 1/2026 art. 3' };
    profile.caps.contractMaxHours = { value: 90, source: 'D.R. 1/2026 art. 3' };
    profile.offers.acceptanceWorkingDays.value = 0;
    const reply = await put(admin, 'poliba-2026', { name: 'Modificato', profile });
    expect(reply.statusCode).toBe(400);
    expect(reply.json().issues).toEqual([
      {
        field: 'profile.caps.contractMinHours.value',
        code: 'profile.contract-min-above-max',
        message: 'Ore minime per incarico: il minimo (120 ore) supera il massimo per incarico (90 ore).',
      },
      {
        field: 'profile.offers.acceptanceWorkingDays.value',
        code: 'profile.too-small',
        message: "Giorni lavorativi per accettare l'incarico: deve essere almeno 1.",
      },
    ]);
    const after = (await admin.get('/api/profiles/poliba-2026')).json() as ProfileDetail;
    expect(after).toEqual(before);
    expect(await auditOf('profile.updated', 'poliba-2026')).toEqual([]);
  });

  it('refuses a setting it does not know and a setting without its source', async () => {
    const { profile } = (await admin.get('/api/profiles/poliba-2026')).json() as ProfileDetail;
    const unknown = { ...profile, caps: { ...profile.caps, maxBeers: { value: 3, source: 'default' } } };
    const reply = await put(admin, 'poliba-2026', { name: 'Modificato', profile: unknown });
    expect(reply.statusCode).toBe(400);
    expect(reply.json().issues[0].field).toBe('profile.caps');
    const uncited = structuredClone(profile);
    uncited.payout.minimumHours.source = '';
    const blank = await put(admin, 'poliba-2026', { name: 'Modificato', profile: uncited });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().issues).toEqual([
      expect.objectContaining({
        field: 'profile.payout.minimumHours.source',
        code: 'profile.source-missing',
      }),
    ]);
  });

  it('saves a consistent edit and records which settings changed', async () => {
    const { profile } = (await admin.get('/api/profiles/poliba-2026')).json() as ProfileDetail;
    profile.offers.acceptanceWorkingDays = { value: 7, source: 'D.R. 100/2026 art. 8' };
    profile.payout.minimumHours.value = 20;
    const reply = await put(admin, 'poliba-2026', { name: 'Politecnico di Bari 2026', profile });
    expect(reply.statusCode).toBe(200);
    expect((reply.json() as ProfileDetail).profile.offers.acceptanceWorkingDays.value).toBe(7);
    expect(await auditOf('profile.updated', 'poliba-2026')).toEqual([
      expect.objectContaining({ data: { changed: ['offers.acceptanceWorkingDays', 'payout.minimumHours'] } }),
    ]);
  });

  it('keeps presets read-only', async () => {
    const reply = await put(admin, 'poliba', { name: 'Politecnico di Bari', profile: POLIBA.profile });
    expect(reply.statusCode).toBe(409);
    expect(reply.json().title).toContain('predefinito');
  });

  it('puts one profile in force at a time, with an audit entry', async () => {
    const reply = await admin.post('/api/profiles/poliba-2026/activate');
    expect(reply.statusCode).toBe(200);
    expect(reply.json()).toMatchObject({ code: 'poliba-2026', active: true, kind: 'copy' });
    expect(await auditOf('profile.activated', 'poliba-2026')).toEqual([
      expect.objectContaining({ data: { previous: 'poliba', kind: 'copy' } }),
    ]);
    const list = (await admin.get('/api/profiles')).json() as ProfileList;
    expect(list.activeCode).toBe('poliba-2026');
    expect(list.items.filter((item) => item.active).map((item) => item.code)).toEqual(['poliba-2026']);
    const active = await activeProfile(t.ctx.database.db);
    expect(active?.profile.offers.acceptanceWorkingDays.value).toBe(7);

    // Again: nothing changes and nothing more is recorded.
    expect((await admin.post('/api/profiles/poliba-2026/activate')).statusCode).toBe(200);
    expect(await auditOf('profile.activated', 'poliba-2026')).toHaveLength(1);

    // A preset that was never active gets its marker row.
    const unife = await admin.post('/api/profiles/unife/activate');
    expect(unife.json()).toMatchObject({ code: 'unife', active: true, kind: 'preset' });
    expect(await activeProfile(t.ctx.database.db)).toMatchObject({ code: 'unife', kind: 'preset' });
    expect(await activeRows()).toBe(1);
    expect((await admin.post('/api/profiles/nessuno/activate')).statusCode).toBe(404);
  });

  it('ends with one profile in force when activations race', async () => {
    const replies = await Promise.all(
      ['poliba', 'uniroma2', 'polimi', 'unive'].map((code) => admin.post(`/api/profiles/${code}/activate`)),
    );
    expect(replies.map((reply) => reply.statusCode)).toEqual([200, 200, 200, 200]);
    expect(await activeRows()).toBe(1);
  });

  it('lets the database itself refuse a second active profile', async () => {
    await expect(
      t.ctx.database.db.insert(regulationProfiles).values({ code: 'forced', name: 'Forced', active: true }),
    ).rejects.toThrow();
    expect(await activeRows()).toBe(1);
  });
});
