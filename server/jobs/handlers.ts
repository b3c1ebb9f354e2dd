import { IMPORT_JOB_KIND, runImportJob } from '../features/imports/import-job.ts';
import type { JobHandler } from './worker.ts';

/** Every job kind and the function that runs it. A feature adds its handler here. */
export const jobHandlers: Record<string, JobHandler> = {
  [IMPORT_JOB_KIND]: runImportJob,
};
