import { ENTITY_TYPES, type FindingType } from '../../detect/index.js';
import { maskValue, type ReportedFinding, type ScanResult } from '../findings.js';
import type { ReportOptions, Reporter } from './reporter.js';

const DESCRIPTIONS: Record<string, string> = {
  CN_RESIDENT_ID: 'PRC resident identity number',
  PHONE_NUMBER: 'Telephone number',
  EMAIL_ADDRESS: 'E-mail address',
  BANK_CARD: 'Payment card number',
  PERSON: "A person's name",
  ADDRESS: 'Postal or home address',
  USERNAME: 'Account name or handle',
  PASSWORD: 'Password or password hash',
  PASSPORT: 'Passport number',
  LICENSE_PLATE: 'Vehicle licence plate',
  IP_ADDRESS: 'IP address',
  US_SSN: 'US Social Security number',
  IBAN: 'International bank account number',
};

/** A relative path as a URI reference: each segment percent-encoded, so spaces and newlines stay valid. */
function uriOf(path: string): string {
  if (path === '-') return 'stdin';
  const encoded = path.split(/[\\/]/).map(encodeURIComponent).join('/');
  return path.startsWith('/') ? `file://${encoded}` : encoded;
}

function rule(type: FindingType) {
  const text = DESCRIPTIONS[type] ?? `Custom type ${type}`;
  return { id: type, name: type, shortDescription: { text: `${text} (personal information)` }, defaultConfiguration: { level: 'warning' } };
}

function result(f: ReportedFinding, ruleIndex: number, showValues: boolean) {
  const region = {
    startLine: f.start.line,
    startColumn: f.start.column,
    endLine: f.end.line,
    endColumn: f.end.column,
    charOffset: f.start.offset,
    charLength: f.end.offset - f.start.offset,
  };
  const preview = maskValue(f.type, f.value);
  return {
    ruleId: f.type,
    ruleIndex,
    level: 'warning',
    message: { text: `${DESCRIPTIONS[f.type] ?? f.type} found: ${preview}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(f.file) }, region } }],
    properties: { score: Math.round(f.score * 1000) / 1000, recognizer: f.recognizer, preview, ...(showValues ? { value: f.value } : {}) },
  };
}

/** SARIF 2.1.0: one rule per entity type, one warning result per finding; results are streamed, the tool follows. */
export function sarifReporter({ out, showValues, version }: ReportOptions): Reporter {
  const rules: FindingType[] = [...ENTITY_TYPES];
  const ruleIndex = new Map<FindingType, number>(rules.map((type, i) => [type, i]));
  let first = true;
  return {
    listsFindings: true,
    begin() {
      out.write('{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"results":[');
    },
    finding(f) {
      let index = ruleIndex.get(f.type);
      if (index === undefined) {
        index = rules.push(f.type) - 1;
        ruleIndex.set(f.type, index);
      }
      out.write(`${first ? '\n' : ',\n'}${JSON.stringify(result(f, index, showValues))}`);
      first = false;
    },
    end(scan: ScanResult) {
      const driver = { name: 'leakhound', version, rules: rules.map(rule) };
      const notifications = scan.files
        .filter((file) => file.status === 'error')
        .map((file) => ({ level: 'error', message: { text: file.reason ?? 'could not be read' }, locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(file.path) } } }] }));
      const invocation = { executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications };
      out.write(`\n],"tool":${JSON.stringify({ driver })},"columnKind":"utf16CodeUnits","invocations":${JSON.stringify([invocation])}}]}\n`);
    },
  };
}
