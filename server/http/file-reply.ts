import type { FastifyReply } from 'fastify';

/** A file name safe in a Content-Disposition header: anything but letters, digits, dot, dash and underscore goes. */
export const safeFileName = (name: string) =>
  name.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 120) || 'allegato';

/**
 * A document's name as words joined by dashes, ASCII only (accents dropped, "Nicolò D'Amico" -> "Nicolo-D-Amico"), for
 * the files the application makes: letters, payout orders, registers.
 */
export const fileNameSlug = (...parts: Array<string | null | undefined>) =>
  parts
    .filter((part): part is string => Boolean(part))
    .map((part) =>
      part
        .normalize('NFD')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
    )
    .filter(Boolean)
    .join('-');

/**
 * A stored personal file sent for download: never sniffed into something the browser runs, never cached on the
 * way, always downloaded rather than shown inline.
 */
export const sendPrivateFile = (
  reply: FastifyReply,
  file: { contentType: string; fileName: string; bytes: Uint8Array },
) =>
  reply
    .header('content-type', file.contentType)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header('content-disposition', `attachment; filename="${safeFileName(file.fileName)}"`)
    .send(Buffer.from(file.bytes));
