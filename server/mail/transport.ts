import nodemailer, { type Transporter } from 'nodemailer';

const transports = new Map<string, Transporter>();

/**
 * One nodemailer transport per SMTP URL, created on first use. The timeouts keep a send well inside the job lease
 * (5 minutes), so a hanging server fails the attempt instead of letting a second worker take the same email.
 */
export const smtpTransport = (url: string): Transporter => {
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport({
      url,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    } as Parameters<typeof nodemailer.createTransport>[0]);
    transports.set(url, transport);
  }
  return transport;
};
