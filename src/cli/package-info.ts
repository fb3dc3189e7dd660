import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package root, found from this file (src/cli/ or dist/cli/), not from the working directory. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
