import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../server/db/client.ts';
import {
  applicationAttachments,
  applicationPositions,
  applications,
  auditLog,
} from '../server/db/schema/index.ts';
import { benchPdf } from './pdf.ts';

export interface Draft {
  applicationId: string;
  studentId: string;
  callId: string;
}

/** Titles a bench candidate declares: one item for each of the first two criteria the call scores. */
export const benchTitles = (criteria: readonly string[], n: number): Record<string, string[]> =>
  Object.fromEntries(
    criteria
      .slice(0, 2)
      .map((id, index) => [id, [`Titolo ${index + 1} del candidato ${n}: collaborazione part-time 150 ore`]]),
  );

/** The criteria of the Bari rubrics candidates declare titles for (seed 004 art. 6). */
const DRAFT_CRITERIA = ['collaborations', 'certificates'];

/**
 * Drafts as a candidate leaves them before confirming (positions, titles, contact email, the identity document),
 * inserted in bulk for the ceiling measurement: the same rows the draft and attachment steps write.
 */
export const makeDrafts = async (
  db: Db,
  students: ReadonlyArray<{ personId: string; email: string; callId: string; positionIds: string[] }>,
): Promise<Draft[]> => {
  const pdf = benchPdf();
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const drafts: Draft[] = [];
  for (let i = 0; i < students.length; i += 500) {
    const batch = students.slice(i, i + 500).map((student, offset) => ({
      id: randomUUID(),
      student,
      n: i + offset,
    }));
    if (batch.length === 0) break;
    const now = new Date();
    await db.insert(applications).values(
      batch.map(({ id, student, n }) => ({
        id,
        callId: student.callId,
        studentId: student.personId,
        declaredTitles: benchTitles(DRAFT_CRITERIA, n),
        contactEmail: student.email,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await db.insert(applicationPositions).values(
      batch.flatMap(({ id, student }) =>
        student.positionIds.map((positionId, index) => ({
          applicationId: id,
          positionId,
          preference: index + 1,
        })),
      ),
    );
    await db.insert(applicationAttachments).values(
      batch.map(({ id }) => ({
        applicationId: id,
        kind: 'identity-document',
        fileName: 'documento-identita.pdf',
        contentType: 'application/pdf',
        sizeBytes: pdf.length,
        sha256,
        content: pdf,
        uploadedAt: now,
      })),
    );
    await db.insert(auditLog).values(
      batch.map(({ id, student }) => ({
        event: 'application.created',
        actorId: student.personId,
        entityType: 'application',
        entityId: id,
        at: now,
      })),
    );
    for (const { id, student } of batch)
      drafts.push({ applicationId: id, studentId: student.personId, callId: student.callId });
  }
  return drafts;
};
