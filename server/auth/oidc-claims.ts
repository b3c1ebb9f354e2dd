/**
 * Pure readings of what an OpenID Connect provider says about a person, and of where to send the browser
 * afterwards. No I/O: the callback route feeds them the claims it received.
 */

/**
 * The claim names under which Italian identity gateways send the fiscal code. SPID and CIE gateways use
 * `fiscal_number` ("TINIT-RSSMRA80A01H501U", the ETSI prefix for an Italian tax identifier); some proxies
 * rename it `fiscalNumber` or `codice_fiscale`.
 */
export const FISCAL_CODE_CLAIMS = ['fiscal_number', 'fiscalNumber', 'codice_fiscale'] as const;

/** 16 characters for a person; 11 digits for a provisional code issued before the full one. */
const FISCAL_CODE = /^(?:[A-Z0-9]{16}|\d{11})$/;

/** The fiscal code in upper case without the TINIT- prefix, or null when no claim holds a plausible one. */
export const fiscalCodeOf = (claims: Record<string, unknown>): string | null => {
  for (const name of FISCAL_CODE_CLAIMS) {
    const value = claims[name];
    if (typeof value !== 'string') continue;
    const code = value
      .trim()
      .toUpperCase()
      .replace(/^TINIT-/, '');
    if (FISCAL_CODE.test(code)) return code;
  }
  return null;
};

/**
 * The email in lower case, only when the provider vouches for it (`email_verified`). An unverified address
 * is whatever the person typed at the provider, so it must not open somebody else's account here.
 */
export const verifiedEmailOf = (claims: Record<string, unknown>): string | null => {
  const { email, email_verified: verified } = claims;
  if (typeof email !== 'string' || !email.includes('@')) return null;
  // Some gateways serialise every claim as a string.
  if (verified !== true && verified !== 'true') return null;
  return email.trim().toLowerCase();
};

const BASE = 'http://affianco.invalid';

/**
 * A path on this site to return to after login. Anything that could leave the site (an absolute URL,
 * `//host`, a backslash that browsers read as a slash, control characters) falls back to the home page, so
 * the login cannot be used as an open redirect.
 */
export const safeReturnTo = (candidate: string | undefined): string => {
  if (!candidate || candidate.length > 1000) return '/';
  if (!candidate.startsWith('/') || candidate.startsWith('//')) return '/';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused.
  if (/[\\\u0000-\u001f\u007f]/.test(candidate)) return '/';
  let url: URL;
  try {
    url = new URL(candidate, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
};
