import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CapBreach } from '../../domain/caps/types.ts';
import {
  type DomainError,
  type DomainErrorKind,
  DomainFailure,
  type FieldIssue,
} from '../../domain/errors.ts';
import type { ReturnedHoursAssignmentProblem } from '../../domain/offers/returned-hours-assignment.ts';
import { amendmentReasonIssues, invalidTermsIssues, refusalIssues } from '../i18n/appointment-messages.ts';
import { type Locale, requestLocale } from '../i18n/locale.ts';
import { describeError } from '../i18n/messages.ts';
import { isDatabaseUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from './unavailable.ts';

/** The one place where a domain failure becomes an HTTP status. */
const STATUS: Record<DomainErrorKind, number> = {
  'invalid-credentials': 401,
  'account-locked': 423,
  'too-many-attempts': 429,
  'not-authenticated': 401,
  'session-expired': 401,
  'csrf-rejected': 403,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'invalid-input': 400,
  'import-rejected': 422,
  'oidc-not-configured': 404,
  'oidc-failed': 502,
  'unknown-person': 403,
  'file-too-large': 413,
  'not-a-spreadsheet': 422,
  'no-career': 404,
  'window-closed': 409,
  'not-eligible': 422,
  'no-positions-chosen': 422,
  'too-many-positions': 422,
  'missing-attachment': 422,
  'application-frozen': 409,
  'already-applied': 409,
  'conflict-not-declared': 403,
  'application-not-confirmed': 409,
  'unsupported-file-type': 415,
  'invalid-score': 422,
  'ranking-transition-refused': 409,
  'call-still-open': 409,
  // A conflict with the student's other appointments (what they hold now), not a malformed request.
  'caps-exceeded': 409,
  'appointment-transition-refused': 409,
  'amendment-reason-required': 422,
  'pause-too-long': 422,
  'invalid-appointment-terms': 422,
  'offer-expired': 409,
  'offer-not-pending': 409,
  'offer-not-accepted': 409,
  'appointment-exists': 409,
  'acceptance-blocked-by-caps': 409,
  'returned-hours-unavailable': 409,
  // What the returned hours' state refuses; the field at fault is named in the issues.
  'returned-hours-assignment-refused': 409,
  'other-ranking-refused': 409,
  'payout-refused': 409,
  // The order date at fault: shown at its field.
  'payout-date-invalid': 400,
};

export const statusOf = (error: DomainError): number => STATUS[error.kind];

/** An RFC 9457 problem body with the error kind and, for bad input, the fields at fault. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  kind: DomainErrorKind | 'internal';
  detail?: string;
  issues?: FieldIssue[];
  /** For caps-exceeded: each cap broken, with its limit, would-be value and excess, and whether overridable. */
  breaches?: Array<Omit<CapBreach, 'messageKey' | 'params'>>;
  overridable?: boolean;
}

/** The field of the assignment form each refusal is about (none for the returned hours' own state). */
const RETURNED_HOURS_FIELD: Partial<Record<ReturnedHoursAssignmentProblem, string>> = {
  'too-many-hours': 'hours',
  'hours-invalid': 'hours',
  'same-appointment': 'targetAppointmentId',
  'other-call': 'targetAppointmentId',
  'target-ended': 'targetAppointmentId',
};

const problemOf = (error: DomainError, locale: Locale): Problem => ({
  type: `urn:affianco:problem:${error.kind}`,
  title: describeError(error, locale),
  status: statusOf(error),
  kind: error.kind,
  ...(error.kind === 'invalid-input' ? { issues: error.issues } : {}),
  // The terms' problems at their fields, so the appointment form shows each where it belongs.
  ...(error.kind === 'invalid-appointment-terms' ? { issues: invalidTermsIssues(error, locale) } : {}),
  // A refused step of an appointment at the office dialog's field it is about, when there is one.
  ...(error.kind === 'appointment-transition-refused' && refusalIssues(error, locale).length > 0
    ? { issues: refusalIssues(error, locale) }
    : {}),
  ...(error.kind === 'amendment-reason-required' ? { issues: amendmentReasonIssues(locale) } : {}),
  ...(error.kind === 'payout-date-invalid'
    ? { issues: [{ field: 'orderDate', code: error.problem, message: describeError(error, locale) }] }
    : {}),
  ...(error.kind === 'returned-hours-assignment-refused' && RETURNED_HOURS_FIELD[error.problem]
    ? {
        issues: [
          {
            field: RETURNED_HOURS_FIELD[error.problem] as string,
            code: error.problem,
            message: describeError(error, locale),
          },
        ],
      }
    : {}),
  ...(error.kind === 'caps-exceeded'
    ? {
        breaches: error.breaches.map(({ messageKey: _key, params: _params, ...breach }) => breach),
        overridable: error.overridable,
      }
    : {}),
});

const localeErrors = { it: z.locales.it().localeError, en: z.locales.en().localeError };

/** zod's own issue texts, in the person's language, prefixed by the field so the message stands alone. */
export const fieldIssuesOf = (
  issues: readonly z.core.$ZodIssue[],
  locale: Locale,
  prefix = '',
): FieldIssue[] =>
  issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const rendered = (localeErrors[locale] as (i: unknown) => string | { message: string } | undefined)(
      issue,
    );
    const text = typeof rendered === 'string' ? rendered : (rendered?.message ?? issue.message);
    // A message written for the schema (not zod's default) is kept as is.
    const custom = issue.message && !issue.message.startsWith('Invalid') && !issue.message.startsWith('Too');
    return { field, code: issue.code, message: custom ? issue.message : text };
  });

export const sendDomainError = (reply: FastifyReply, request: FastifyRequest, error: DomainError) => {
  const problem = problemOf(error, requestLocale(request));
  if (error.kind === 'too-many-attempts') reply.header('retry-after', String(error.retryAfterSeconds));
  return reply.code(problem.status).type('application/problem+json').send(problem);
};

export const errorHandler = (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
  const locale = requestLocale(request);
  if (error instanceof DomainFailure) return sendDomainError(reply, request, error.error);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    const issues = error.validation.map((v) => {
      const path = v.instancePath.split('/').filter(Boolean);
      // The provider keeps zod's issue spread over the AJV-like shape: its code in `keyword`, the rest in params.
      return { ...(v.params as object), code: v.keyword, message: v.message ?? '', path } as z.core.$ZodIssue;
    });
    const prefix = where === 'body' ? '' : where;
    return sendDomainError(reply, request, {
      kind: 'invalid-input',
      issues: fieldIssuesOf(issues, locale, prefix),
    });
  }
  // busboy rejects a broken multipart body (no boundary, cut short) with a bare Error: the sender's fault.
  const status = error.statusCode ?? (isMalformedMultipart(error, request) ? 400 : 500);
  if (status >= 400 && status < 500) {
    // Fastify's own client errors (malformed JSON, body too large, unsupported media type).
    const title = clientErrorTitle(error, locale);
    return reply
      .code(status)
      .type('application/problem+json')
      .send({
        type: `urn:affianco:problem:http-${status}`,
        title,
        status,
        kind: 'invalid-input',
        detail: error.message,
      });
  }
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, 'database unavailable');
    return reply
      .code(503)
      .header('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS))
      .type('application/problem+json')
      .send({
        type: 'urn:affianco:problem:unavailable',
        title:
          locale === 'it'
            ? 'Il servizio è momentaneamente non disponibile: riprova tra qualche secondo, nulla è andato perso.'
            : 'The service is briefly unavailable: try again in a few seconds, nothing was lost.',
        status: 503,
        kind: 'unavailable',
      });
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply
    .code(500)
    .type('application/problem+json')
    .send({
      type: 'urn:affianco:problem:internal',
      title:
        locale === 'it' ? 'Errore interno: riprova più tardi.' : 'Internal error: please try again later.',
      status: 500,
      kind: 'internal',
    });
};

const MALFORMED_MULTIPART =
  /^(Multipart: Boundary not found|Unexpected end of (form|multipart data)|Malformed part header)/;

const isMalformedMultipart = (error: FastifyError, request: FastifyRequest) =>
  request.headers['content-type']?.startsWith('multipart/') === true &&
  MALFORMED_MULTIPART.test(error.message);

const clientErrorTitle = (error: FastifyError, locale: Locale): string => {
  const it = locale === 'it';
  if (MALFORMED_MULTIPART.test(error.message))
    return it
      ? 'Il modulo inviato è incompleto o malformato: riprova a inviare il file.'
      : 'The form sent is incomplete or malformed: send the file again.';
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
      return it
        ? 'Il file o la richiesta superano la dimensione massima consentita.'
        : 'The file or request is too large.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return it ? 'Tipo di contenuto non supportato.' : 'Unsupported content type.';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return it ? 'Il corpo della richiesta non è JSON valido.' : 'The request body is not valid JSON.';
    default:
      return it ? 'Richiesta non valida.' : 'Bad request.';
  }
};
