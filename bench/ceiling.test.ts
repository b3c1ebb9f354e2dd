import { describe, expect, it } from 'vitest';
import { confirmOne, REPLAYED_STATEMENTS } from './ceiling.ts';
import { traceConfirm } from './trace-confirm.ts';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the ceiling of the confirm step', () => {
  it('replays exactly the statements the application runs to confirm an application', async () => {
    const traced = await traceConfirm();
    const replayed: string[] = [];
    await confirmOne(
      async (text) => {
        replayed.push(normalise(text));
        // One row that answers every statement: the lock, the read (empty lists), the counter, the write.
        return [
          {
            last_number: 1,
            updated: 1,
            id: '00000000-0000-4000-8000-000000000000',
            call_id: '00000000-0000-4000-8000-000000000003',
            email: 'a@studenti.poliba.it',
            positions: [],
            chosen: [],
            attachments: [],
            enrolment: null,
            other_confirmed: null,
            rules: {},
            required_attachments: [],
            version: 1,
          },
        ];
      },
      {
        applicationId: '00000000-0000-4000-8000-000000000001',
        studentId: '00000000-0000-4000-8000-000000000002',
        callId: '00000000-0000-4000-8000-000000000003',
      },
      1,
    );
    expect(replayed).toEqual(traced.map(normalise));
    expect(replayed).toHaveLength(REPLAYED_STATEMENTS);
  });
});
