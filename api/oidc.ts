import { z } from 'zod';

/** The browser navigates here (a link, not a fetch) to log in with the university's identity gateway. */
export const OIDC_START_PATH = '/api/auth/oidc/start';
export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';

/**
 * `returnTo` is where to land after login. Anything but a path on this site is replaced by `/` rather than
 * refused, so a hostile link still ends on the home page.
 */
export const OidcStartQuerySchema = z.object({ returnTo: z.string().optional() });
export type OidcStartQuery = z.infer<typeof OidcStartQuerySchema>;

/** The authorization response (RFC 6749 4.1.2 and 4.1.2.1, RFC 9207 `iss`); other parameters pass through. */
export const OidcCallbackQuerySchema = z.looseObject({
  code: z.string().optional(),
  state: z.string().optional(),
  iss: z.string().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
});

/**
 * Why an OpenID Connect login did not end in a session, sent to the login page as `/login?error=<kind>`.
 * - oidc-cancelled: the person cancelled at the provider (error=access_denied).
 * - oidc-expired: the login took over ten minutes, was already completed, or was not started in this browser.
 * - oidc-failed: the provider could not be reached or answered something that does not verify.
 * - unknown-person: the provider vouched for someone who is not a user of Affianco.
 */
export const OidcLoginErrorSchema = z.enum([
  'oidc-cancelled',
  'oidc-expired',
  'oidc-failed',
  'unknown-person',
]);
export type OidcLoginError = z.infer<typeof OidcLoginErrorSchema>;
