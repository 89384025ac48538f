import { parentPort } from 'node:worker_threads';
import { type PreparedForecast, simulateForecastPart } from '../src/core/monitor';

/** One forecast worker: simulates the runs it is given of a prepared forecast and sends the raw part back. */
export interface ForecastJob {
  prepared: PreparedForecast;
  seed: number;
  runOffset: number;
  runCount: number;
}

const port = parentPort;
if (!port) throw new Error('forecast-worker.ts runs as a worker thread');
port.on('message', (job: ForecastJob) => {
  const part = simulateForecastPart(job.prepared, job.seed, job.runOffset, job.runCount);
  port.postMessage(part, [part.deliveries.buffer as ArrayBuffer]);
});
port.postMessage('ready');
