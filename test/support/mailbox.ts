import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on a loopback port that keeps every message it receives (newest last). */
export interface Mailbox {
  port: number;
  mails: { rcpt: string[]; data: string }[];
  close(): Promise<void>;
}

export async function startMailbox(): Promise<Mailbox> {
  const mails: Mailbox['mails'] = [];
  // STARTTLS hidden: the test server's certificate is self-signed.
  const smtp = new SMTPServer({
    authOptional: true,
    hideSTARTTLS: true,
    logger: false,
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk) => (data += chunk));
      stream.on('end', () => (mails.push({ rcpt: session.envelope.rcptTo.map((r) => r.address), data }), callback()));
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  return {
    port: (smtp.server.address() as AddressInfo).port,
    mails,
    close: () => new Promise<void>((resolve) => smtp.close(resolve)),
  };
}
