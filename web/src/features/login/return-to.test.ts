import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to.ts';

describe('safeReturnTo', () => {
  it('keeps a page of the app with its query', () => {
    expect(safeReturnTo('/students?q=rossi')).toBe('/students?q=rossi');
  });

  it('refuses other sites, the login page itself and the API', () => {
    for (const value of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/login',
      '/login?x=1',
      '/api/me',
      null,
      '',
    ])
      expect(safeReturnTo(value), String(value)).toBe('/');
  });
});
