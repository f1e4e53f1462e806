import { parentPort, workerData } from 'node:worker_threads';
import { runCampaign, type CampaignOptions } from './campaign.js';

/*
 * Runs one format's campaign off the runner's main thread, so the runner can stop it if
 * an input hangs. Posts a heartbeat before every call and the report at the end.
 */

export type WorkerRequest = Omit<CampaignOptions, 'onCall' | 'onCallEnd'>;

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread of run-fuzz.ts');
const request = workerData as WorkerRequest;
const report = runCampaign({
  ...request,
  onCall: (call) => port.postMessage({ type: 'call', call }),
});
port.postMessage({ type: 'report', report });
