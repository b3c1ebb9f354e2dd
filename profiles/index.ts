import type { ProfilePreset } from '../domain/profiles/types.ts';
import { POLIBA } from './poliba.ts';
import { POLIMI } from './polimi.ts';
import { UNIFE } from './unife.ts';
import { UNIROMA2 } from './uniroma2.ts';
import { UNIVE } from './unive.ts';

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
};

/**
 * The regulation profiles shipped with the product, one per seed institution. They are read-only (frozen here,
 * refused by the API): a university copies one and edits the copy (decision 005).
 */
export const PRESETS: readonly ProfilePreset[] = deepFreeze([POLIMI, UNIFE, UNIROMA2, UNIVE, POLIBA]);

export const PRESET_CODES: readonly string[] = PRESETS.map((preset) => preset.code);

export const presetByCode = (code: string): ProfilePreset | null =>
  PRESETS.find((preset) => preset.code === code) ?? null;

export const isPresetCode = (code: string): boolean => PRESET_CODES.includes(code);
