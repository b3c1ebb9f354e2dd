import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../../profiles/index.ts';
import { createI18n } from '../../i18n/index.ts';
import { SETTING_GROUPS, settingText } from './setting-text.ts';

describe('settingText', () => {
  const i18n = createI18n('it');
  const t = i18n.t.bind(i18n);

  it('reads the caps the office may override and the INPS deadline in words (decision 010)', () => {
    expect(settingText('caps.overridable', ['contract-min-hours'], t, 'it-IT')).toBe(
      'Ore minime per incarico',
    );
    expect(settingText('caps.overridable', [], t, 'it-IT')).toBe('Nessuna');
    expect(settingText('activity.inpsRegistration', { daysAfterStart: 30 }, t, 'it-IT')).toBe(
      'Entro 30 giorni dall’inizio dell’attività',
    );
    expect(settingText('activity.inpsRegistration', { daysAfterStart: 0 }, t, 'it-IT')).toBe(
      'Prima dell’inizio dell’attività',
    );
  });

  it('labels every setting of every preset and never shows a raw object', () => {
    for (const locale of ['it', 'en'] as const) {
      const tr = createI18n(locale).t;
      for (const { profile } of PRESETS) {
        for (const group of SETTING_GROUPS) {
          for (const [key, node] of Object.entries(profile[group])) {
            const label = tr(
              `profiles.settings.${group}.${key}` as 'profiles.settings.caps.contractMinHours',
            );
            expect(label, `${group}.${key}`).not.toContain('profiles.settings');
            if (!Array.isArray(node)) {
              const text = settingText(`${group}.${key}`, (node as { value: unknown }).value, tr, locale);
              expect(text, `${group}.${key}`).not.toContain('[object');
              expect(text, `${group}.${key}`).not.toContain('profiles.values');
            }
          }
        }
      }
    }
  });
});
