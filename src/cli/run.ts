#!/usr/bin/env node
// Runs the CLI from source: `node --import tsx src/cli/run.ts scan ...` (bin/leakhound.js runs the built copy).
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
