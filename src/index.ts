// The package's public API: detection (runs in browsers too), redaction, and the file readers the CLI uses.
export * from './detect/index.js';
export * from './redact/index.js';
export * from './io/index.js';
