import type { FastifyReply } from 'fastify';
import { DomainFailure } from '../../../domain/errors.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { appeals } from '../../db/schema/index.ts';
import { sendPrivateFile } from '../../http/file-reply.ts';

/**
 * An appeal's attachment to whoever may read it (the call's committee, the office). The candidate's file is personal
 * data: who opened it is recorded, as for an application's attachments.
 */
export const sendAppealAttachment = async (
  db: DbOrTx,
  reply: FastifyReply,
  input: { appeal: typeof appeals.$inferSelect; actorId: string | null; at: Date },
) => {
  const { appeal } = input;
  if (!appeal.attachmentContent || !appeal.attachmentType)
    throw new DomainFailure({ kind: 'not-found', entity: 'attachment' });
  await writeAudit(db, {
    event: 'attachment.viewed',
    actorId: input.actorId,
    entityType: 'appeal',
    entityId: appeal.id,
    data: { rankingId: appeal.rankingId, sha256: appeal.attachmentSha256 },
    at: input.at,
  });
  return sendPrivateFile(reply, {
    contentType: appeal.attachmentType,
    fileName: appeal.attachmentName ?? '',
    bytes: appeal.attachmentContent,
  });
};
