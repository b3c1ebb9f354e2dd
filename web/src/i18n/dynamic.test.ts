import { describe, expect, it } from 'vitest';
import { translateDynamic } from './dynamic.ts';
import { createI18n } from './index.ts';

describe('texts named by the server', () => {
  const i18n = createI18n('it');

  it('are translated with their count, plural forms included', () => {
    expect(translateDynamic(i18n, 'home.student.review-career', '?', { count: 1 })).toBe(
      'Controlla la tua carriera: risulta 1 esame sostenuto.',
    );
    expect(translateDynamic(i18n, 'home.office.students', '?', { count: 200 })).toBe(
      'Consulta le carriere dei 200 studenti importati.',
    );
  });

  it('fall back to the given text when the web app does not know the key yet', () => {
    expect(translateDynamic(i18n, 'home.student.something-new', 'fallback')).toBe('fallback');
    expect(translateDynamic(i18n, 'audit.events.call.withdrawn', 'call.withdrawn')).toBe('call.withdrawn');
  });
});
