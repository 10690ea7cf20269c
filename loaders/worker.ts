import { parentPort, workerData } from 'node:worker_threads';
import type { Catalogs } from './catalogs';
import { loadDocument } from './pipeline';
import type { DocumentJob, DocumentJobResult } from './pool';

// One extraction thread of the pool (pool.ts): runs the pure pipeline for each
// document it is sent. It holds no state between documents except the catalogs,
// so the pool can terminate it mid-document and start a fresh one.

const WARM_UP =
  '---\ntitle: warm-up\ndate: 2015-01-01\n---\n\n## 议程\n\n14:00-14:45 Go 与 Docker——林安（青梧云 架构师）\n';

const catalogs = (workerData as { catalogs: Catalogs }).catalogs;

parentPort!.on('message', (job: DocumentJob) => {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  const reply: DocumentJobResult = {
    id: job.id,
    result: loadDocument(job.path, bytes, catalogs, { maxBytes: job.maxBytes }),
  };
  parentPort!.postMessage(reply);
});
// Warm up before saying ready: the first document pays for lazily built indexes
// and compilation (about a second), which is not that document's fault.
loadDocument('/warm-up.md', Buffer.from(WARM_UP), catalogs);
parentPort!.postMessage('ready');
