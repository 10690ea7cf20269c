import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

// The user's processes, measured from outside: `talkgraph ingest` and
// `talkgraph serve` run as child processes of the benchmark, so their opening
// time and resident memory are what a user's shell would see.

const TALKGRAPH = resolve(__dirname, '..', '..', '..', 'bin', 'talkgraph.js');

/** Peak resident set size of a live process (VmHWM), in bytes; 0 once it is gone. */
export function peakRss(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU time (user + system) a live process used so far, in ms; 0 once it is gone. */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 per second on Linux)
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/** Bytes of every file under `dir`. */
export function dirBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    total += s.isDirectory() ? dirBytes(p) : s.size;
  }
  return total;
}

export interface IngestRun {
  ms: number;
  /** ms since start at which each further 1,000 documents were reported */
  marks: number[];
  documents: number;
  peakRss: number;
  exitCode: number | null;
  summary: string;
  stderrTail: string;
}

/** Runs `talkgraph ingest --data-dir DIR CORPUS` and times every 1,000th document it reports. */
export function runIngest(dataDir: string, corpus: string): Promise<IngestRun> {
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
  const child = spawn(process.execPath, [TALKGRAPH, 'ingest', '--data-dir', dataDir, corpus], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TALKGRAPH_PROGRESS_INTERVAL_MS: '60000' },
  });
  const marks: number[] = [];
  let documents = 0;
  let summary = '';
  let stderr = '';
  let peak = 0;
  const poll = setInterval(() => {
    peak = Math.max(peak, peakRss(child.pid!));
  }, 200);
  child.stderr!.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString('utf8')).slice(-2000);
  });
  // one line per document (diagnostics are indented beneath it), then the summary
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.startsWith('ingested ')) summary = line;
    else if (line && !line.startsWith(' ') && ++documents % 1000 === 0) marks.push(elapsed());
  });
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code) => {
      clearInterval(poll);
      done({ ms: elapsed(), marks, documents, peakRss: peak, exitCode: code, summary, stderrTail: stderr });
    });
  });
}

export interface Served {
  url: string;
  /** spawn to the first 200 from /health */
  readyMs: number;
  rssAtReady: number;
  /** CPU time (user + system) of the serve process at ready: steadier than readyMs on a busy machine */
  cpuMsAtReady: number;
  stop: () => Promise<void>;
}

/** Starts `talkgraph serve --port 0` and polls /health until it answers 200. */
export async function startServe(dataDir: string, timeoutMs = 600_000, bin = TALKGRAPH): Promise<Served> {
  const started = process.hrtime.bigint();
  const child: ChildProcess = spawn(process.execPath, [bin, 'serve', '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString('utf8')).slice(-2000);
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  const base = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`serve: no address after ${timeoutMs} ms: ${stderr}`)), timeoutMs);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /serving on (http:\/\/[^/\s]+)\//.exec(line);
      if (m) {
        clearTimeout(timer);
        done(m[1]);
      }
    });
    child.once('exit', (code) => fail(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  for (;;) {
    const res = await fetch(`${base}/health`).catch(() => null);
    if (res?.status === 200) break;
    if (Number(process.hrtime.bigint() - started) / 1e6 > timeoutMs) {
      await stop();
      throw new Error(`serve: /health not 200 after ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const readyMs = Number(process.hrtime.bigint() - started) / 1e6;
  return { url: `${base}/graphql`, readyMs, rssAtReady: peakRss(child.pid!), cpuMsAtReady: cpuMs(child.pid!), stop };
}
