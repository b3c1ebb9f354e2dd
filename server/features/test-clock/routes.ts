import { z } from 'zod';
import type { App } from '../../http/app-types.ts';

const ClockSchema = z.object({ now: z.string(), offsetMs: z.number().int() });
const SetClockBodySchema = z.object({
  /** The instant the server should believe it is, or null to go back to the real time. */
  now: z.string().datetime({ offset: true }).nullable(),
});

/** Registered only with TEST_CLOCK=true (browser tests): moves the server's clock to cross deadlines. */
export const testClockRoutes = async (app: App) => {
  const clock = app.ctx.testClock;
  if (!clock) return;
  const view = () => ({ now: clock.now().toISOString(), offsetMs: Math.round(clock.offsetMs()) });
  app.get(
    '/api/test/clock',
    {
      config: { access: 'public' },
      schema: { tags: ['test'], summary: 'The test clock (TEST_CLOCK only)', response: { 200: ClockSchema } },
    },
    async () => view(),
  );
  app.post(
    '/api/test/clock',
    {
      config: { access: 'public' },
      schema: {
        tags: ['test'],
        summary: 'Moves the test clock (TEST_CLOCK only)',
        body: SetClockBodySchema,
        response: { 200: ClockSchema },
      },
    },
    async (request) => {
      const { now } = request.body;
      if (now === null) clock.reset();
      else clock.setNow(new Date(now));
      return view();
    },
  );
};
