import { POLIBA } from '../../../profiles/poliba.ts';
import type { DemoSeedPart } from '../../demo/seed.ts';
import { activateProfile } from './repository.ts';

/** The demo university is the Politecnico di Bari: its preset is in force from the start. */
export const seedDemoProfile: DemoSeedPart = async (ctx, tx) => {
  await activateProfile(tx, { code: POLIBA.code, name: POLIBA.name, isPreset: true }, null, ctx.clock.now());
};
