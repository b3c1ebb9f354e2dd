import { Temporal } from 'temporal-polyfill';
import { romeDate, romeToUtc } from '../../domain/calendar/rome-time.ts';
import {
  type CallPositionData,
  type RequiredAttachment,
  rulesFromProfile,
} from '../../domain/calls/types.ts';
import { POLIBA } from '../../profiles/poliba.ts';
import type { DbOrTx } from '../db/client.ts';
import { callPositions, calls, fundingAllocations, fundingAssignments } from '../db/schema/index.ts';
import type { DemoSeedPart } from './seed.ts';

export const DEMO_CALL_CODE = 'POLIBA-TUT-2025';
export const DEMO_FUNDING_TITLE =
  'FFO 2025 - Fondo Giovani, tutorato e attività didattico-integrative (DM 773/2024)';

const LM = ['LM', 'LMCU'];
const informative = (unit: string, grants = 1, activityType = 'Tutorato informativo') => ({
  unit,
  activityType,
  grants,
  hoursPerGrant: 200,
  amountPerGrantCents: 300_000,
  admittedProgrammeTypes: LM,
});

/** The table of seed 004 art. 1: 10 grants in 7 positions, EUR 15 an hour throughout. */
export const DEMO_CALL_POSITIONS = [
  informative('DMMM'),
  informative('DEI'),
  informative('DICATECH'),
  informative('ARCOD'),
  informative('ORIENT', 2, 'Tutorato informativo per orientamento in ingresso'),
  informative('CAMPUS', 3),
  {
    unit: 'ORIENT',
    activityType: 'Tutorato trasversale',
    grants: 1,
    hoursPerGrant: 250,
    amountPerGrantCents: 375_000,
    admittedProgrammeTypes: ['PHD'],
  },
];

/** Seed 004 art. 4. */
const ATTACHMENTS: RequiredAttachment[] = [
  {
    code: 'identity-document',
    label: { it: 'Scansione di un valido documento di identità', en: 'Scan of a valid identity document' },
    required: 'always',
  },
  {
    code: 'bachelor-self-certification',
    label: {
      it: 'Autocertificazione "Conseguimento titolo carriera triennale con esami"',
      en: "Self-certification of the bachelor's degree with exams",
    },
    required: 'when-declared',
    when: 'bachelor-obtained-elsewhere',
  },
  {
    code: 'master-self-certification',
    label: {
      it: 'Autocertificazione "Conseguimento titolo carriera magistrale/magistrale a ciclo unico con esami"',
      en: "Self-certification of the master's degree with exams",
    },
    required: 'when-declared',
    when: 'master-obtained-elsewhere',
  },
];

/** The articles of seed 004 the application and the selection rely on, in the call's own words (abridged). */
const ARTICLES = [
  {
    title: 'Art. 2 (Esclusioni)',
    body: 'Non possono partecipare alla selezione: gli studenti fuori corso da oltre un anno pur regolarmente iscritti ai corsi di laurea magistrale o magistrale a ciclo unico; gli studenti iscritti ai corsi di singoli insegnamenti; gli studenti non impegnati a tempo pieno.',
  },
  {
    title: 'Art. 3 (Compiti del tutor)',
    body: "Il tutor svolge la propria attività secondo i criteri e le modalità stabilite in accordo con il Referente del tutorato all'interno della sede assegnata. I Tutor Informativi supportano i Corsi di Studio nell'organizzazione della didattica, nel monitoraggio delle carriere e nell'affiancamento degli studenti stranieri; i Tutor per l'orientamento in ingresso supportano gli eventi di orientamento dell'Ateneo; i Tutor Trasversali coordinano le attività di orientamento e tutorato.",
  },
  {
    title: 'Art. 4 (Presentazione della domanda)',
    body: "La domanda si presenta esclusivamente online entro il termine indicato. I dati della domanda già confermata non potranno essere corretti. Ciascun candidato può presentare domanda per un massimo di due posizioni. Nell'assegnazione delle posizioni presso i Dipartimenti costituisce titolo preferenziale l'appartenenza del corso di studio al Dipartimento di riferimento. Alla domanda si allegano la scansione di un valido documento di identità e, se il titolo è stato conseguito presso altra Università, l'autocertificazione della carriera triennale (iscritti LM) o magistrale (dottorandi).",
  },
  {
    title: 'Art. 5 (Commissione giudicatrice)',
    body: 'Il conferimento degli assegni avviene sulla base di una selezione operata da una commissione giudicatrice nominata dal Magnifico Rettore.',
  },
  {
    title: 'Art. 6 (Criteri di valutazione)',
    body: 'La Commissione dispone di 50 punti ripartiti come nei criteri di valutazione. In caso di parità di punteggio si darà precedenza al candidato più giovane di età.',
  },
];

const at = (map: Map<string, string>, code: string) => {
  const id = map.get(code);
  if (!id) throw new Error(`demo unit ${code} missing`);
  return id;
};

/**
 * The Politecnico di Bari 2025/26 call (seed 004) and the ministry funding behind it (seed 004 preamble:
 * EUR 59,328.00 for point II of DM 773/2024), shared among the units of its positions by hand.
 *
 * The seed's window (04/02/2026 - 27/02/2026 12:00) is long past for a demo loaded today, so the window is shifted
 * to the time the demo is loaded: it opened 7 days before, at midnight Rome time, and closes at 12:00 Rome time
 * 21 days after, as the real call closes at noon (decision 006). The end of the activities keeps the seed's rule,
 * 31 December of the second calendar year of the academic year.
 */
export const seedDemoCall: DemoSeedPart = async (ctx, tx, unitIds) => {
  const now = ctx.clock.now();
  const today = Temporal.PlainDate.from(romeDate(now));
  const opensAt = romeToUtc(today.subtract({ days: 7 }).toString(), '00:00');
  const closesAt = romeToUtc(today.add({ days: 21 }).toString(), '12:00');
  const fundingId = await seedFunding(tx, unitIds);
  const [call] = await tx
    .insert(calls)
    .values({
      code: DEMO_CALL_CODE,
      title:
        "Selezione per titoli per l'assegnazione di 10 assegni per l'incentivazione delle attività di tutorato - A.A. 2025/26",
      academicYear: 2025,
      profileCode: POLIBA.code,
      status: 'published',
      legalReferences:
        'L. 341/1990 art. 13; D.L. 105/2003 conv. L. 170/2003; D.Lgs. 68/2012; D.M. 773 del 10.06.2024; D.M. 595 del 07.08.2025; D.R. n. 377 del 09.03.2023',
      opensAt,
      closesAt,
      activitiesEndDate: '2026-12-31',
      rules: rulesFromProfile(POLIBA.profile) as unknown as Record<string, unknown>,
      requiredAttachments: ATTACHMENTS,
      articles: ARTICLES,
      fundingAssignmentId: fundingId,
      publishedAt: opensAt,
      createdAt: opensAt,
    })
    .returning({ id: calls.id });
  if (!call) throw new Error('demo call insert failed');
  await tx.insert(callPositions).values(
    DEMO_CALL_POSITIONS.map((p, index) => {
      const position: CallPositionData = {
        activityType: p.activityType,
        activityKind: 'tutoring',
        unitId: at(unitIds, p.unit),
        grants: p.grants,
        hoursPerGrant: p.hoursPerGrant,
        amountPerGrantCents: p.amountPerGrantCents,
        admittedProgrammeTypes: p.admittedProgrammeTypes as CallPositionData['admittedProgrammeTypes'],
      };
      return { ...position, callId: call.id, ordinal: index + 1 };
    }),
  );
};

const seedFunding = async (tx: DbOrTx, unitIds: Map<string, string>): Promise<string> => {
  const [funding] = await tx
    .insert(fundingAssignments)
    .values({
      source: 'ministry',
      title: DEMO_FUNDING_TITLE,
      year: 2025,
      amountCents: 5_932_800,
      reference: 'D.M. 595 del 07.08.2025 (FFO 2025); D.M. 773 del 10.06.2024, tabella 7, punto II',
    })
    .returning({ id: fundingAssignments.id });
  if (!funding) throw new Error('demo funding insert failed');
  const perUnit = new Map<string, number>();
  for (const p of DEMO_CALL_POSITIONS)
    perUnit.set(p.unit, (perUnit.get(p.unit) ?? 0) + p.grants * p.amountPerGrantCents);
  await tx.insert(fundingAllocations).values(
    [...perUnit].map(([unit, amountCents]) => ({
      assignmentId: funding.id,
      unitId: at(unitIds, unit),
      amountCents,
      method: 'manual',
      basis: null,
    })),
  );
  return funding.id;
};
