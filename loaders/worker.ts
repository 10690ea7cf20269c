import { parentPort, workerData } from 'node:worker_threads';
import type { Catalogs } from './catalogs';
import { loadDocument } from './pipeline';
import type { DocumentJob, DocumentJobResult } from './pool';

// One extraction thread of the pool (pool.ts): runs the pure pipeline for each
// document it is sent. It holds no state between documents except the catalogs,
// so the pool can terminate it mid-document and start a fresh one.

const catalogs = (workerData as { catalogs: Catalogs }).catalogs;

parentPort!.on('message', (job: DocumentJob) => {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  const reply: DocumentJobResult = {
    id: job.id,
    result: loadDocument(job.path, bytes, catalogs, { maxBytes: job.maxBytes }),
  };
  parentPort!.postMessage(reply);
});
