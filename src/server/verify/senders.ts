import { createTransport } from 'nodemailer';
import type { SmtpConfig } from '../config.js';

/** Sends a text message; a provider (an SMS gateway's API) sits behind this. */
export interface SmsSender {
  send(toE164: string, text: string): Promise<void>;
}

/** Sends a plain-text e-mail. */
export interface EmailSender {
  send(to: string, subject: string, text: string): Promise<void>;
}

/** The slice of a pino logger the development sink writes to. */
export interface SinkLog {
  warn(fields: object, message: string): void;
}

/** The marker on the one log line that may hold an identifier and a code: never enable the sink in production. */
export const DEV_SMS_MARKER = 'DEVELOPMENT SMS SINK (not sent)';

/** Development only: writes the message to the log, clearly marked, instead of sending it. */
export class LogSmsSink implements SmsSender {
  constructor(private readonly log: SinkLog) {}

  async send(toE164: string, text: string): Promise<void> {
    this.log.warn({ to: toE164, text }, DEV_SMS_MARKER);
  }
}

/** E-mail over SMTP (nodemailer). Timeouts are short: a person is waiting for the answer. */
export class SmtpEmailSender implements EmailSender {
  private readonly transport;

  constructor(private readonly config: SmtpConfig) {
    this.transport = createTransport({
      host: config.host,
      port: config.port,
      secure: config.secure,
      auth: config.user ? { user: config.user, pass: config.pass ?? '' } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  async send(to: string, subject: string, text: string): Promise<void> {
    await this.transport.sendMail({ from: this.config.from, to, subject, text });
  }

  close(): void {
    this.transport.close();
  }
}
