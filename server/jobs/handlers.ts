import { CHECKLIST_REMINDER_JOB_KIND, runChecklistReminderJob } from '../features/appointments/reminders.ts';
import { IMPORT_JOB_KIND, runImportJob } from '../features/imports/import-job.ts';
import { runOfferExpiryJob, runOfferReminderJob } from '../features/offers/jobs.ts';
import { OFFER_EXPIRY_JOB_KIND, OFFER_REMINDER_JOB_KIND } from '../features/offers/service.ts';
import { SEND_EMAIL_JOB_KIND } from '../mail/outbox.ts';
import { sendEmailJob } from '../mail/send-email-job.ts';
import type { JobHandler } from './worker.ts';

/** Every job kind and the function that runs it. A feature adds its handler here. */
export const jobHandlers: Record<string, JobHandler> = {
  [IMPORT_JOB_KIND]: runImportJob,
  [SEND_EMAIL_JOB_KIND]: sendEmailJob,
  [OFFER_EXPIRY_JOB_KIND]: runOfferExpiryJob,
  [OFFER_REMINDER_JOB_KIND]: runOfferReminderJob,
  [CHECKLIST_REMINDER_JOB_KIND]: runChecklistReminderJob,
};
