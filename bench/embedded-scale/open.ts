import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServe } from './child';

// Issue #10's "serve ready ≤ 10 s": `talkgraph serve` started on data dirs that
// already hold a corpus (ingest them once with run.js or `talkgraph ingest`),
// this build's against another's (e.g. main's worktree), alternated in each
// round so both see the same machine. Reports spawn to the first 200 from
// /health, the serve process's CPU time at that moment (steadier than wall
// time when the machine is shared) and its peak RSS.
//
//   node dist/bench/embedded-scale/open.js [--against OTHER/bin/talkgraph.js] [--rounds N] DATA_DIR…

const OURS = join(__dirname, '..', '..', '..', 'bin', 'talkgraph.js');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let against: string | null = null;
  let rounds = 2;
  const dirs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--against') against = args[++i];
    else if (args[i] === '--rounds') rounds = Number(args[++i]);
    else dirs.push(args[i]);
  }
  const bins: [string, string][] = [['this build', OURS]];
  if (against) bins.push([against, against]);
  console.log('| data dir | build | serve ready | CPU at ready | peak RSS at ready | graph snapshot |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const dir of dirs)
    for (let r = 0; r < rounds; r++)
      for (const [label, bin] of r % 2 ? [...bins].reverse() : bins) {
        const served = await startServe(dir, 600_000, bin);
        await served.stop();
        const graph = existsSync(join(dir, 'embedded', 'graph.jsonl')) ? 'present' : 'none';
        console.log(
          `| ${dir} | ${label} | ${(served.readyMs / 1000).toFixed(2)} s | ${(served.cpuMsAtReady / 1000).toFixed(2)} s | ${Math.round(served.rssAtReady / 1048576)} MiB | ${graph} |`,
        );
      }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
