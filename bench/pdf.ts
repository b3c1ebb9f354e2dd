import { demoIdentityPdf } from '../server/demo/applications.ts';

let cached: Buffer | undefined;

/** The identity document every bench candidate uploads: a small real one-page PDF (the demo's), made once. */
export const benchPdf = (): Buffer => {
  cached ??= demoIdentityPdf('Candidato Benchmark');
  return cached;
};
