import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProfileDetail } from '../../../../api/profiles.ts';
import type { Session } from '../../../../api/session.ts';
import type { RegulationProfile } from '../../../../domain/profiles/types.ts';
import { POLIBA } from '../../../../profiles/poliba.ts';
import { anonymousSession, renderApp } from '../../test/render-app.tsx';

const administrator: Session = {
  ...anonymousSession,
  authenticated: true,
  csrfToken: 'admin-token',
  person: {
    id: '00000000-0000-4000-8000-000000000001',
    displayName: 'Amministratore',
    locale: 'it',
    roles: [{ role: 'administrator', unitId: null, unitName: null, callId: null }],
  },
};

const copy: ProfileDetail = {
  code: 'bari-copia',
  name: 'Bari copia',
  kind: 'copy',
  basedOn: 'poliba',
  active: false,
  updatedAt: '2026-11-23T10:00:00.000Z',
  updatedByName: 'Amministratore',
  profile: structuredClone(POLIBA.profile),
};

const PUT = `PUT /api/profiles/${copy.code}`;

const renderForm = (
  reply: (sent: { name: string; profile: RegulationProfile }) => { status: number; body?: unknown },
) => {
  const sent: Array<{ name: string; profile: RegulationProfile }> = [];
  renderApp(`/profiles/${copy.code}`, {
    'GET /api/session': () => ({ status: 200, body: administrator }),
    [`GET /api/profiles/${copy.code}`]: () => ({ status: 200, body: copy }),
    [PUT]: (init) => {
      const body = JSON.parse(String(init?.body));
      sent.push(body);
      return reply(body);
    },
  });
  return sent;
};

/** The form's section; found by its heading, since role queries over the whole page are slow in jsdom. */
const form = async () =>
  within((await screen.findByText('Modifica la copia')).closest('section') as HTMLElement);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the administrator edits a copy of a profile', () => {
  it('sends the caps the office may override, the INPS deadline, the regional communication, the committee size and the tie-breaks, and nothing else changes', async () => {
    const sent = renderForm(({ profile }) => ({ status: 200, body: { ...copy, profile } }));
    const edit = await form();

    // Decision 010: the per-contract minimum is overridable by default; Bari's INPS registration is due in 30 days.
    const minOverridable = edit.getByLabelText('Ore minime per incarico, derogabile dall’ufficio');
    expect(minOverridable).toHaveProperty('checked', true);
    fireEvent.click(minOverridable);
    fireEvent.click(edit.getByLabelText('Ore massime per incarico, derogabile dall’ufficio'));
    fireEvent.click(edit.getByLabelText('Ore annue, derogabile dall’ufficio'));

    const inps = edit.getByLabelText(
      'Iscrizione alla Gestione Separata INPS: giorni dall’inizio dell’attività',
    );
    expect(inps).toHaveProperty('value', '30');
    fireEvent.change(inps, { target: { value: '0' } });

    const regional = edit.getByLabelText('Comunicazione obbligatoria alla Regione');
    expect(regional).toHaveProperty('checked', false);
    fireEvent.click(regional);

    const committee = edit.getByLabelText('Componenti minimi della commissione');
    expect(committee).toHaveProperty('value', '3');
    fireEvent.change(committee, { target: { value: '5' } });

    // Tie-breaks: add two, put the last first, drop the one Bari had.
    const order = within(edit.getByTestId('profile-tieBreaks').closest('fieldset') as HTMLElement);
    expect(order.getByText('Precedenza a parità di punteggio').tagName).toBe('LEGEND');
    fireEvent.click(
      order.getByRole('button', { name: 'Aggiungi «Precede chi è in condizioni economiche disagiate»' }),
    );
    fireEvent.click(order.getByRole('button', { name: 'Aggiungi «Precedono i dottorandi senza borsa»' }));
    fireEvent.click(order.getByRole('button', { name: 'Sposta su: Precedono i dottorandi senza borsa' }));
    fireEvent.click(order.getByRole('button', { name: 'Sposta su: Precedono i dottorandi senza borsa' }));
    fireEvent.click(order.getByRole('button', { name: 'Togli: Precede il candidato più giovane' }));
    expect(edit.getByTestId('profile-tieBreaks').textContent).toMatch(
      /^Precedono i dottorandi senza borsa.*Precede chi è in condizioni economiche disagiate/,
    );

    fireEvent.click(edit.getByLabelText('Un solo assegno per anno accademico'));
    fireEvent.change(edit.getByLabelText('Anno su cui si conta l’importo massimo'), {
      target: { value: 'calendar' },
    });

    // The settings with a shape of their own: refusal, continuation after graduation, patron day.
    fireEvent.change(edit.getByLabelText('Effetto della rinuncia'), { target: { value: 'move-to-end' } });
    fireEvent.change(edit.getByLabelText('Esclusione alla rinuncia numero'), { target: { value: '2' } });
    const continuation = edit.getByLabelText('Ore residue massime per proseguire');
    expect(continuation).toHaveProperty('value', '50');
    fireEvent.change(edit.getByLabelText('Prosecuzione dopo la laurea'), { target: { value: 'always' } });
    expect(edit.queryByLabelText('Ore residue massime per proseguire')).toBeNull();
    expect(edit.getByLabelText('Festa del santo patrono: giorno (MM-GG)')).toHaveProperty('value', '12-06');
    fireEvent.change(edit.getByLabelText('Santo patrono'), { target: { value: '' } });
    fireEvent.change(edit.getByLabelText('Festa del santo patrono: giorno (MM-GG)'), {
      target: { value: '' },
    });

    fireEvent.click(edit.getByText('Salva il profilo'));
    await screen.findByText('Profilo salvato.');

    const expected = structuredClone(POLIBA.profile);
    expected.caps.overridable.value = ['contract-max-hours', 'hours-per-year'];
    expected.activity.inpsRegistration.value = { daysAfterStart: 0 };
    expected.activity.regionalCommunication.value = true;
    expected.rankings.committeeMinMembers.value = 5;
    expected.rankings.tieBreaks = [
      { value: 'phd-without-scholarship-first', source: 'default' },
      { value: 'economic-hardship-first', source: 'default' },
    ];
    expected.caps.oneGrantPerAcademicYear.value = !POLIBA.profile.caps.oneGrantPerAcademicYear.value;
    expected.caps.maxAmountPerYear.value = {
      cents: POLIBA.profile.caps.maxAmountPerYear.value?.cents ?? 0,
      year: 'calendar',
    };
    expected.offers.refusal.value = { kind: 'move-to-end', excludeAfter: 2, silenceIsRefusal: true };
    expected.activity.continuationAfterGraduation.value = 'always';
    expected.calendar.patronDay.value = null;
    expect(sent).toEqual([{ name: 'Bari copia', profile: expected }]);
  }, 120_000);

  it('saved untouched, the profile goes back exactly as it came', async () => {
    const sent = renderForm(({ profile }) => ({ status: 200, body: { ...copy, profile } }));
    const edit = await form();
    fireEvent.click(edit.getByText('Salva il profilo'));
    await screen.findByText('Profilo salvato.');
    expect(JSON.stringify(sent[0]?.profile)).toBe(JSON.stringify(POLIBA.profile));
  });

  it('an empty INPS field means no deadline, and the server’s messages show at the settings they name', async () => {
    const sent = renderForm(() => ({
      status: 400,
      body: {
        type: 'urn:affianco:problem:invalid-input',
        title: 'Alcuni dati non sono validi: correggi i campi indicati.',
        status: 400,
        kind: 'invalid-input',
        issues: [
          {
            field: 'profile.rankings.committeeMinMembers.value',
            code: 'too-small',
            message: 'Componenti minimi della commissione: almeno 3.',
          },
          {
            field: 'profile.caps.overridable.value.1',
            code: 'duplicate',
            message: 'Limiti derogabili: un valore ripetuto.',
          },
          {
            field: 'profile.caps.grantsCumulative.value',
            code: 'one-grant-but-cumulative',
            message: 'Un solo assegno per anno: gli assegni non possono essere cumulabili.',
          },
          {
            field: 'profile.rankings.tieBreaks.0.value',
            code: 'tie-break-needs-phd',
            message: 'Questa precedenza richiede i dottorandi.',
          },
        ],
      },
    }));
    const edit = await form();
    fireEvent.change(
      edit.getByLabelText('Iscrizione alla Gestione Separata INPS: giorni dall’inizio dell’attività'),
      {
        target: { value: '' },
      },
    );
    fireEvent.change(edit.getByLabelText('Componenti minimi della commissione'), { target: { value: '2' } });
    fireEvent.click(edit.getByText('Salva il profilo'));

    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Il profilo non è stato salvato: correggi i campi indicati.',
    );
    const committee = edit.getByLabelText('Componenti minimi della commissione');
    expect(committee.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('profile-committeeMinMembers-error')?.textContent).toBe(
      'Componenti minimi della commissione: almeno 3.',
    );
    const overridable = edit.getByRole('group', { name: 'Limiti derogabili dall’ufficio con motivazione' });
    expect(overridable.getAttribute('aria-describedby')).toBe('profile-overridable-error');
    expect(within(overridable).getByText('Limiti derogabili: un valore ripetuto.')).toBeTruthy();
    const cumulative = edit.getByLabelText('Assegni cumulabili');
    expect(cumulative.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(String(cumulative.getAttribute('aria-describedby')))?.textContent).toBe(
      'Un solo assegno per anno: gli assegni non possono essere cumulabili.',
    );
    const tieBreaks = edit.getByRole('group', { name: 'Precedenza a parità di punteggio' });
    expect(within(tieBreaks).getByText('Questa precedenza richiede i dottorandi.')).toBeTruthy();

    expect(sent).toHaveLength(1);
    expect(sent[0]?.profile.activity.inpsRegistration.value).toBeNull();
    expect(sent[0]?.profile.rankings.committeeMinMembers.value).toBe(2);
  });
});
