import { Agent, request } from 'node:http';

// A closed-loop HTTP load: `concurrency` clients on keep-alive sockets, each
// posting the same GraphQL request as soon as its last answer arrived, for a
// fixed time. Latency is per request (send to last byte); an answer that is
// not HTTP 200 with `data` and no `errors` counts as an error, not a sample.

export interface LoadFigures {
  concurrency: number;
  requests: number;
  errors: number;
  /** completed requests per second over the measured window */
  rps: number;
  p50: number;
  p99: number;
  firstError?: string;
}

function post(agent: Agent, url: URL, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** One request, checked: the parsed `data`, or an error naming what came back. */
export async function postQuery(url: string, query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
  const agent = new Agent({ keepAlive: false });
  try {
    const { status, text } = await post(agent, new URL(url), JSON.stringify({ query, variables }));
    const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
    if (status !== 200 || body.errors || !body.data) throw new Error(`${url}: HTTP ${status} ${text.slice(0, 300)}`);
    return body.data;
  } finally {
    agent.destroy();
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export async function runLoad(
  url: string,
  query: string,
  options: { concurrency: number; warmupMs: number; durationMs: number; variables?: Record<string, unknown> },
): Promise<LoadFigures> {
  const target = new URL(url);
  const body = JSON.stringify({ query, variables: options.variables ?? {} });
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const samples: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const warmEnd = Date.now() + options.warmupMs;
  const end = warmEnd + options.durationMs;
  let windowStart = 0n;
  const client = async () => {
    while (Date.now() < end) {
      const start = process.hrtime.bigint();
      let ok = false;
      try {
        const { status, text } = await post(agent, target, body);
        ok = status === 200 && text.startsWith('{"data":') && !text.includes('"errors":');
        if (!ok) firstError ??= `HTTP ${status} ${text.slice(0, 200)}`;
      } catch (e) {
        firstError ??= (e as Error).message;
      }
      const done = process.hrtime.bigint();
      if (Date.now() <= warmEnd) continue;
      if (windowStart === 0n) windowStart = start;
      if (ok) samples.push(Number(done - start) / 1e6);
      else errors++;
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const windowMs = Number(process.hrtime.bigint() - (windowStart || started)) / 1e6;
  agent.destroy();
  samples.sort((a, b) => a - b);
  return {
    concurrency: options.concurrency,
    requests: samples.length,
    errors,
    rps: (samples.length / windowMs) * 1000,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    firstError,
  };
}
