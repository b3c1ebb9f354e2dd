import type { RegulationProfile, Sourced } from './types.ts';

/** A setting found in a profile, with its dotted path ("caps.contractMinHours", "rubrics.0"). */
export interface SettingEntry {
  path: string;
  setting: Sourced<unknown>;
}

const isPlainObject = (node: unknown): node is Record<string, unknown> =>
  typeof node === 'object' && node !== null && !Array.isArray(node);

/** A setting is an object with exactly `value` and `source`; anything else is a group of settings. */
export const isSetting = (node: unknown): node is Sourced<unknown> =>
  isPlainObject(node) && Object.keys(node).length === 2 && 'value' in node && typeof node.source === 'string';

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** Every setting of a profile, in document order. */
export const settingsOf = (profile: RegulationProfile): SettingEntry[] => {
  const found: SettingEntry[] = [];
  const walk = (node: unknown, path: string) => {
    if (isSetting(node)) found.push({ path, setting: node });
    else if (Array.isArray(node)) {
      for (const [index, child] of node.entries()) walk(child, join(path, index));
    } else if (isPlainObject(node)) {
      for (const [key, child] of Object.entries(node)) walk(child, join(path, key));
    }
  };
  walk(profile, '');
  return found;
};

/**
 * Paths of values that nothing cites: a leaf (number, string, boolean, null) outside any setting, or a setting
 * whose source is blank. Empty for a well-formed profile.
 */
export const uncitedPaths = (node: unknown, path = ''): string[] => {
  if (isSetting(node)) return node.source.trim() === '' ? [join(path, 'source')] : [];
  if (Array.isArray(node)) return node.flatMap((child, index) => uncitedPaths(child, join(path, index)));
  if (isPlainObject(node))
    return Object.entries(node).flatMap(([key, child]) => uncitedPaths(child, join(path, key)));
  return [path];
};

/** Paths of the settings whose value or source differ between two versions of a profile (for the audit log). */
export const changedSettings = (before: RegulationProfile, after: RegulationProfile): string[] => {
  const index = (profile: RegulationProfile) =>
    new Map(settingsOf(profile).map(({ path, setting }) => [path, JSON.stringify(setting)]));
  const old = index(before);
  const next = index(after);
  const paths = new Set([...old.keys(), ...next.keys()]);
  return [...paths].filter((path) => old.get(path) !== next.get(path));
};
