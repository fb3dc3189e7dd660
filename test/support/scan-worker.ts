// Test helper: scans in a worker thread so a runaway pattern fails the test at a deadline instead of hanging the run.
import { parentPort, workerData } from 'node:worker_threads';
import { scanText } from '../../src/detect/scan-text.js';

parentPort?.postMessage(scanText(workerData as string));
