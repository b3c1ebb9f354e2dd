import { IMPORT_JOB_KIND, runImportJob } from '../features/imports/import-job.ts';
import { SEND_EMAIL_JOB_KIND } from '../mail/outbox.ts';
import { sendEmailJob } from '../mail/send-email-job.ts';
import type { JobHandler } from './worker.ts';

/** Every job kind and the function that runs it. A feature adds its handler here. */
export const jobHandlers: Record<string, JobHandler> = {
  [IMPORT_JOB_KIND]: runImportJob,
  [SEND_EMAIL_JOB_KIND]: sendEmailJob,
};
