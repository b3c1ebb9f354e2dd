import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/index.ts';
import { closingText, countdownText, fileSize, romeDateTime } from './application-format.ts';

describe('times of a call and of a confirmation, in Rome', () => {
  it('reads the closing instant as Rome wall-clock time, winter and summer', () => {
    expect(romeDateTime('2026-02-27T11:00:00.000Z', 'it')).toEqual({ date: '27/02/2026', time: '12:00' });
    expect(romeDateTime('2026-07-01T10:00:00.000Z', 'en')).toEqual({ date: '01/07/2026', time: '12:00' });
  });

  it('gives a confirmation to the second', () => {
    expect(romeDateTime('2026-02-27T10:59:59.000Z', 'it', true)).toEqual({
      date: '27/02/2026',
      time: '11:59:59',
    });
  });

  it('says when the call closes and, in the last 48 hours, how long is left, in each language', () => {
    const it_ = createI18n('it');
    const en = createI18n('en');
    const closesAt = '2026-02-27T11:00:00.000Z';
    expect(closingText(closesAt, it_.t, 'it')).toBe('Chiude il 27/02/2026 alle 12:00 (ora italiana)');
    expect(countdownText(closesAt, new Date('2026-02-26T09:59:00.000Z'), it_.t)).toBe(
      'Chiude tra 25 ore e 1 minuto',
    );
    expect(countdownText(closesAt, new Date('2026-02-27T10:00:00.000Z'), en.t)).toBe('Closes in 1 hour');
    expect(countdownText(closesAt, new Date('2026-02-27T10:45:00.000Z'), it_.t)).toBe('Chiude tra 15 minuti');
    expect(countdownText(closesAt, new Date('2026-02-20T10:45:00.000Z'), it_.t)).toBeNull();
  });
});

describe('file sizes', () => {
  it('are in bytes, KB or MB with the page’s decimal mark', () => {
    expect(fileSize(512, 'it')).toBe('512 B');
    expect(fileSize(312 * 1024, 'it')).toBe('312 KB');
    expect(fileSize(2.4 * 1024 * 1024, 'it')).toBe('2,4 MB');
    expect(fileSize(2.4 * 1024 * 1024, 'en')).toBe('2.4 MB');
  });
});
