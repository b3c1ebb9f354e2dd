import { asc, eq } from 'drizzle-orm';
import { titleCriteria } from '../../../domain/applications/declared-titles.ts';
import type { CallRules, RequiredAttachment } from '../../../domain/calls/types.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  applicationAttachments,
  applicationPositions,
  applications,
  callPositions,
  calls,
  people,
  students,
  units,
} from '../../db/schema/index.ts';
import { isLocale, type Locale } from '../../i18n/locale.ts';

type Label = { it: string; en: string };

/** Everything the receipt of an application states, read in one place (issue 3: the receipt). */
export interface ReceiptData {
  applicationId: string;
  studentId: string;
  status: string;
  protocolNumber: string | null;
  confirmedAt: Date | null;
  withdrawnAt: Date | null;
  call: { code: string; title: string };
  candidate: {
    givenName: string;
    familyName: string;
    studentNumber: string | null;
    fiscalCode: string | null;
    email: string;
    /** The language the person chose in their profile. */
    locale: Locale;
  };
  /** The contact email given in the application, else the person's email. */
  contactEmail: string;
  /** Chosen positions in order of preference. */
  positions: Array<{
    preference: number;
    activityType: string;
    unitName: string;
    hoursPerGrant: number;
    amountPerGrantCents: number;
  }>;
  /** Declared titles by criterion, in the order of the call's rubrics; criteria left empty are omitted. */
  titles: Array<{ criterionId: string; label: Label; items: string[] }>;
  /** Situations declared (yes), with the attachment each one requires. */
  situations: Array<{ code: string; attachmentLabel: Label | null }>;
  attachments: Array<{
    code: string;
    label: Label | null;
    fileName: string;
    contentType: string;
    sizeBytes: number;
    sha256: string;
  }>;
}

/** The data of an application's receipt, or null when there is no such application. */
export const loadReceiptData = async (db: DbOrTx, applicationId: string): Promise<ReceiptData | null> => {
  const [row] = await db
    .select({
      application: applications,
      callCode: calls.code,
      callTitle: calls.title,
      rules: calls.rules,
      requiredAttachments: calls.requiredAttachments,
      givenName: people.givenName,
      familyName: people.familyName,
      fiscalCode: people.fiscalCode,
      email: people.email,
      locale: people.locale,
      studentNumber: students.studentNumber,
    })
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(people, eq(people.id, applications.studentId))
    .leftJoin(students, eq(students.personId, applications.studentId))
    .where(eq(applications.id, applicationId));
  if (!row) return null;
  const application = row.application;
  const positions = await db
    .select({
      preference: applicationPositions.preference,
      activityType: callPositions.activityType,
      unitName: units.name,
      hoursPerGrant: callPositions.hoursPerGrant,
      amountPerGrantCents: callPositions.amountPerGrantCents,
    })
    .from(applicationPositions)
    .innerJoin(callPositions, eq(callPositions.id, applicationPositions.positionId))
    .innerJoin(units, eq(units.id, callPositions.unitId))
    .where(eq(applicationPositions.applicationId, applicationId))
    .orderBy(asc(applicationPositions.preference));
  const attachmentRows = await db
    .select({
      code: applicationAttachments.kind,
      fileName: applicationAttachments.fileName,
      contentType: applicationAttachments.contentType,
      sizeBytes: applicationAttachments.sizeBytes,
      sha256: applicationAttachments.sha256,
    })
    .from(applicationAttachments)
    .where(eq(applicationAttachments.applicationId, applicationId))
    .orderBy(asc(applicationAttachments.uploadedAt));

  const rules = row.rules as unknown as CallRules;
  const required = row.requiredAttachments as RequiredAttachment[];
  const declared = application.declaredTitles as Record<string, unknown>;
  const titles = titleCriteria(rules.rubrics).flatMap((criterion) => {
    const items = declared[criterion.id];
    return Array.isArray(items) && items.length > 0
      ? [{ criterionId: criterion.id, label: criterion.label, items: items.map(String) }]
      : [];
  });
  const situations = Object.entries(declared)
    .filter(([, value]) => value === true)
    .map(([code]) => ({
      code,
      attachmentLabel: required.find((a) => a.required === 'when-declared' && a.when === code)?.label ?? null,
    }));
  return {
    applicationId: application.id,
    studentId: application.studentId,
    status: application.status,
    protocolNumber: application.protocolNumber,
    confirmedAt: application.confirmedAt,
    withdrawnAt: application.withdrawnAt,
    call: { code: row.callCode, title: row.callTitle },
    candidate: {
      givenName: row.givenName,
      familyName: row.familyName,
      studentNumber: row.studentNumber,
      fiscalCode: row.fiscalCode,
      email: row.email,
      locale: isLocale(row.locale) ? row.locale : 'it',
    },
    contactEmail: application.contactEmail ?? row.email,
    positions,
    titles,
    situations,
    attachments: attachmentRows.map((a) => ({
      ...a,
      label: required.find((r) => r.code === a.code)?.label ?? null,
    })),
  };
};
