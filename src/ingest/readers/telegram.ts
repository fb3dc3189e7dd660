import { MessageScanner, type MessageSink } from './telegram-scanner.js';
import type { RecordParser, RecordSink } from './types.js';

/**
 * Telegram Desktop chat exports (`result.json`, one chat or a whole account). Each message's text comes out as
 * `text` at the line where its object starts (texts with entities joined); its sender, the first time it is seen,
 * as a keyed record `[['from', name], ['from_id', id]]` under the table below. A shared contact ("first last
 * phone") comes out as one more text. Service messages without text, media and other fields are passed over.
 */
export const TELEGRAM_SENDERS = 'telegram-senders';

/** Why a message is skipped; never quotes it. */
export const TELEGRAM_SKIPS = ['malformed message', 'truncated message', 'message too large'] as const;
export type TelegramSkip = (typeof TELEGRAM_SKIPS)[number];

/** Largest message object parsed; a larger one is skipped. */
export const MAX_MESSAGE = 4 * 1024 * 1024;
/** Senders remembered to emit each once; past this the memory starts over (a repeat record is harmless). */
const MAX_SENDERS = 65_536;

const CHAT_TYPE = /"type"\s*:\s*"(?:personal_chat|bot_chat|saved_messages|(?:private|public)_(?:group|supergroup|channel))"/;
const MESSAGES = /"messages"\s*:\s*\[/;
/** A whole-account export opens with its owner's details; the chats may come after a long contact list. */
const ACCOUNT = /"personal_information"\s*:\s*\{/;

/** The start of a file (a few KiB) looks like a Telegram Desktop export. */
export function looksLikeTelegramExport(head: string): boolean {
  if (!head.trimStart().startsWith('{')) return false;
  return (MESSAGES.test(head) && CHAT_TYPE.test(head)) || ACCOUNT.test(head);
}

type Part = string | { text?: unknown };

/** `text` is a string or a list of strings and entities (`{"type": "phone", "text": "+86..."}`). */
function messageText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (!Array.isArray(text)) return '';
  let joined = '';
  for (const part of text as Part[]) {
    if (typeof part === 'string') joined += part;
    else if (part !== null && typeof part === 'object' && typeof part.text === 'string') joined += part.text;
  }
  return joined;
}

function strings(values: unknown[]): string {
  return values.filter((value) => typeof value === 'string' && value !== '').join(' ');
}

export function createTelegramParser(sink: RecordSink, maxMessage = MAX_MESSAGE): RecordParser {
  const senders = new Set<string>();
  let started = false;

  function sender(from: unknown, fromId: unknown, line: number): void {
    const entries: [string, string][] = [];
    if (typeof from === 'string' && from !== '') entries.push(['from', from]);
    if (typeof fromId === 'string' && fromId !== '') entries.push(['from_id', fromId]);
    const key = typeof fromId === 'string' ? fromId : `name:${entries[0]?.[1] ?? ''}`;
    if (entries.length === 0 || senders.has(key)) return;
    if (senders.size >= MAX_SENDERS) senders.clear();
    senders.add(key);
    if (!started) sink.table(TELEGRAM_SENDERS, null);
    started = true;
    sink.record(entries, line);
  }

  const messages: MessageSink = {
    message(raw, line) {
      let message: Record<string, unknown>;
      try {
        message = JSON.parse(raw);
      } catch {
        return sink.skip(line, 'malformed message');
      }
      sender(message.from, message.from_id, line);
      const text = messageText(message.text);
      if (text !== '') sink.text(text, line);
      const contact = message.contact_information as Record<string, unknown> | null | undefined;
      if (contact && typeof contact === 'object') {
        const card = strings([contact.first_name, contact.last_name, contact.phone_number]);
        if (card !== '') sink.text(card, line);
      }
    },
    skip: (line, reason) => sink.skip(line, reason),
  };
  return new MessageScanner(messages, maxMessage);
}
