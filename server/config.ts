import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** Every setting comes from the environment; the README lists each one. */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  PGLITE_DIR: z.string().default('./data/pglite'),
  PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  UNIVERSITY_NAME: z.string().default('Politecnico di Bari'),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(8),
  COOKIE_SECURE: booleanFlag.optional(),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().positive().default(15),
  LOGIN_IP_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(20),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_SCOPES: z.string().default('openid email profile'),
  OIDC_ALLOW_HTTP: booleanFlag.default(false),
  OIDC_LABEL: z.string().default('SPID / CIE'),
  DEMO_DATA: booleanFlag.default(true),
  DEMO_STUDENTS: z.coerce.number().int().min(0).default(3000),
  JOBS_ENABLED: booleanFlag.default(true),
  /**
   * Lets the browser tests move the server's clock (POST /api/test/clock) to cross a deadline. Never in production:
   * anyone could move every deadline of the university.
   */
  TEST_CLOCK: booleanFlag.default(false),
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  /** Largest attachment of an application (PDF, JPEG or PNG). */
  ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  /**
   * The university's email domains (comma-separated): the contact email of an application must be on one of
   * them or a subdomain (seed 004 art. 4). Empty accepts any address.
   */
  INSTITUTIONAL_EMAIL_DOMAINS: z
    .string()
    .default('poliba.it')
    .transform((value) =>
      value
        .split(',')
        .map((domain) => domain.trim().toLowerCase())
        .filter(Boolean),
    ),
  /**
   * The SMTP server outgoing email goes through (smtp://host:port, smtps://user:pass@host:465). Without it emails
   * stay queued in outbound_emails until it is set.
   */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('Affianco <noreply@affianco.invalid>'),
  /** PostgreSQL connections each instance keeps (DATABASE_URL only). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  /** Slow clients (server/http/limits.ts): headers, whole request, idle socket, keep-alive, in milliseconds. */
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(120_000),
  HTTP_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).default(72_000),
  /** Per candidate, per minute, counted in the database across instances (server/http/rate-limit.ts). */
  RATE_LIMIT_CONFIRM_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_DRAFT_SAVE_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().default('./dist/web'),
});

export type Config = z.infer<typeof ConfigSchema>;

export const loadConfig = (env: Record<string, string | undefined> = process.env): Config => {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
};

export const cookieSecure = (config: Config): boolean =>
  config.COOKIE_SECURE ?? config.PUBLIC_URL.startsWith('https://');
