import { DomainFailure } from '../../../domain/errors.ts';
import type { AppContext } from '../../context.ts';
import { renderPdf } from '../../documents/pdf.ts';
import type { Locale } from '../../i18n/locale.ts';
import { receiptDocument, receiptFileName } from './receipt-pdf.ts';
import { loadReceiptData, type ReceiptData } from './receipt-repository.ts';

export interface RenderedReceipt {
  pdf: Buffer;
  fileName: string;
  data: ReceiptData;
}

/**
 * The PDF receipt of a confirmed application, in the given language or else the candidate's own. With `studentId`
 * another student's application is "not found" (its existence is not disclosed); a draft has no receipt yet.
 */
export const renderApplicationReceipt = async (
  ctx: AppContext,
  applicationId: string,
  options: { studentId?: string; locale?: Locale } = {},
): Promise<RenderedReceipt> => {
  const data = await loadReceiptData(ctx.database.db, applicationId);
  if (!data || (options.studentId !== undefined && data.studentId !== options.studentId))
    throw new DomainFailure({ kind: 'not-found', entity: 'application' });
  const { protocolNumber, confirmedAt } = data;
  if (protocolNumber === null || confirmedAt === null)
    throw new DomainFailure({ kind: 'application-not-confirmed', status: data.status });
  const pdf = await renderPdf(
    receiptDocument(
      { ...data, protocolNumber, confirmedAt },
      {
        universityName: ctx.config.UNIVERSITY_NAME,
        generatedAt: ctx.clock.now(),
        locale: options.locale ?? data.candidate.locale,
      },
    ),
  );
  return { pdf, fileName: receiptFileName(protocolNumber), data };
};
