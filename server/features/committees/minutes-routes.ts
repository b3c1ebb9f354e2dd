import { IdParamsSchema } from '../../../api/common.ts';
import type { App } from '../../http/app-types.ts';
import { renderMinutesPdf } from './minutes.ts';

export const minutesRoutes = async (app: App) => {
  app.get(
    '/api/calls/:id/committee/minutes.pdf',
    {
      config: { access: 'committees.manage' },
      schema: {
        tags: ['committees'],
        summary:
          "The committee's minutes (verbale) as a PDF: members, sittings, scores with how they were obtained, exclusions",
        params: IdParamsSchema,
      },
    },
    async (request, reply) => {
      const pdf = await renderMinutesPdf(app.ctx, request.params.id);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', 'attachment; filename="verbale-commissione.pdf"')
        .send(pdf);
    },
  );
};
