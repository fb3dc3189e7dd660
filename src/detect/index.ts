export { ENTITY_TYPES } from './types.js';
export type {
  CustomRecognizer,
  EntityType,
  Finding,
  FindingType,
  Language,
  PositiveExample,
  Recognizer,
  RecognizerExamples,
  ScanOptions,
  ScanState,
} from './types.js';
export { createScanner, scanText } from './scan-text.js';
export type { Scanner } from './scan-text.js';
export { BUILTIN_RECOGNIZERS } from './registry.js';
export { patternRecognizer } from './pattern-recognizer.js';
export type { PatternSpec } from './pattern-recognizer.js';
export { classifyColumns, createRowScanner, scanTable } from './structured.js';
export type { CellFinding, ColumnReport, RowScanner, TableOptions, TableScan } from './structured.js';
export { flattenRecord, RecordColumns, scanRecords } from './records.js';
export { headerType, isHeaderRow } from './header-names.js';
