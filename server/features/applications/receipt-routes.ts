import { IdParamsSchema } from '../../../api/common.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import type { App } from '../../http/app-types.ts';
import { requestLocale } from '../../i18n/locale.ts';
import { renderApplicationReceipt } from './receipt-service.ts';

/** The PDF receipt of one of my confirmed applications (issue 3: "a PDF receipt in the UI and by email"). */
export const receiptRoutes = async (app: App) => {
  const { ctx } = app;
  app.get(
    '/api/applications/:id/receipt.pdf',
    {
      config: { access: 'applications.own' },
      schema: {
        tags: ['applications'],
        summary: 'The PDF receipt of one of my confirmed applications (409 for a draft)',
        params: IdParamsSchema,
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (!principal) throw new DomainFailure({ kind: 'not-authenticated' });
      const receipt = await renderApplicationReceipt(ctx, request.params.id, {
        studentId: principal.personId,
        locale: requestLocale(request),
      });
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${receipt.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(receipt.pdf);
    },
  );
};
