// The scan page's worker: the detection engine runs here, in the reader's browser, off the page's main thread.
// It receives text and answers findings; it makes no request of its own.
import { scanText, type Finding } from '../../src/detect/index.js';
import { maskOperator } from '../../src/redact/operators/mask.js';

export interface ScanRequest {
  id: number;
  text: string;
}

export interface ScanReply {
  id: number;
  findings: Finding[];
  /** The text with every finding masked the Chinese way (138****8000). */
  masked: string;
  ms: number;
}

const mask = maskOperator({ operator: 'mask' });

function masked(text: string, findings: readonly Finding[]): string {
  let out = '';
  let at = 0;
  for (const finding of findings) {
    out += text.slice(at, finding.start) + mask.apply(text.slice(finding.start, finding.end), finding.type);
    at = finding.end;
  }
  return out + text.slice(at);
}

self.onmessage = (event: MessageEvent<ScanRequest>) => {
  const started = performance.now();
  const findings = scanText(event.data.text);
  const reply: ScanReply = { id: event.data.id, findings, masked: masked(event.data.text, findings), ms: Math.round(performance.now() - started) };
  self.postMessage(reply);
};
