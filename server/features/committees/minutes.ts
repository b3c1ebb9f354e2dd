import { asc, inArray } from 'drizzle-orm';
import { DomainFailure } from '../../../domain/errors.ts';
import type { AppContext } from '../../context.ts';
import { people } from '../../db/schema/index.ts';
import { renderPdf } from '../../documents/pdf.ts';
import type { Locale } from '../../i18n/locale.ts';
import { findCallForApplication } from '../applications/repository.ts';
import { confirmedApplicationsOf } from '../scoring/repository.ts';
import { applicationScoresView } from '../scoring/service.ts';
import { type MinutesData, minutesDocument } from './minutes-pdf.ts';
import { findCommittee, findCommitteeCall, membersOf, sessionsOf } from './repository.ts';

/** The minutes are an act of the university: written in Italian whoever asks for them. */
const MINUTES_LOCALE: Locale = 'it';

/** Everything the minutes state, read in one pass over the committee, its sittings and the scored applications. */
export const loadMinutesData = async (ctx: AppContext, callId: string): Promise<MinutesData> => {
  const db = ctx.database.db;
  const call = await findCommitteeCall(db, callId);
  const committee = call ? await findCommittee(db, call.id) : null;
  const rules = call ? await findCallForApplication(db, call.id) : null;
  if (!call || !committee || !rules) throw new DomainFailure({ kind: 'not-found', entity: 'committee' });
  const applications = await confirmedApplicationsOf(db, call.id);
  const students = applications.length
    ? await db
        .select({ id: people.id, givenName: people.givenName, familyName: people.familyName })
        .from(people)
        .where(
          inArray(
            people.id,
            applications.map((a) => a.studentId),
          ),
        )
        .orderBy(asc(people.familyName))
    : [];
  const nameOf = new Map(students.map((s) => [s.id, `${s.familyName} ${s.givenName}`]));
  const candidates = [];
  for (const application of applications)
    candidates.push({
      name: nameOf.get(application.studentId) ?? '-',
      scores: await applicationScoresView(db, rules, application, MINUTES_LOCALE),
    });
  return {
    universityName: ctx.config.UNIVERSITY_NAME,
    call: { code: call.code, title: call.title },
    appointmentAct: committee.appointmentAct,
    members: await membersOf(db, committee.id),
    sessions: await sessionsOf(db, committee.id),
    candidates,
    generatedAt: ctx.clock.now(),
  };
};

export const renderMinutesPdf = async (ctx: AppContext, callId: string): Promise<Buffer> =>
  renderPdf(minutesDocument(await loadMinutesData(ctx, callId)));
