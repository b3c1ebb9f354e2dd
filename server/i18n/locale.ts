import type { FastifyRequest } from 'fastify';

export const LOCALES = ['it', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale => value === 'it' || value === 'en';

/**
 * The language of the reply: the signed-in person's saved choice, else the language cookie the UI sets, else the
 * browser's Accept-Language, else Italian (the university's language).
 */
export const requestLocale = (request: FastifyRequest): Locale => {
  const saved = request.principal?.locale;
  if (isLocale(saved)) return saved;
  const cookie = request.cookies?.affianco_lang;
  if (isLocale(cookie)) return cookie;
  const header = request.headers['accept-language'];
  if (typeof header === 'string') {
    for (const part of header.split(',')) {
      const tag = part.trim().slice(0, 2).toLowerCase();
      if (isLocale(tag)) return tag;
    }
  }
  return 'it';
};
