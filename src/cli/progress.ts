// Progress of a long ingest on stderr: on a terminal, one line redrawn in
// place (a bar, documents done/total, docs/s, ETA); elsewhere (a log, a pipe)
// plain lines every few seconds with no escape codes. Quiet prints nothing.

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  quiet?: boolean;
  /** ms between plain lines when not a terminal (default: TALKGRAPH_PROGRESS_INTERVAL_MS, else 5000) */
  intervalMs?: number;
  now?: () => number;
}

/** A terminal line is redrawn at most this often, so drawing never costs more than the work. */
const REDRAW_MS = 100;
const BAR = 20;

export class Progress {
  private total = 0;
  private done = 0;
  private started = 0;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private drawn = false;
  private readonly now: () => number;
  private readonly intervalMs: number;

  constructor(
    private readonly stream: ProgressStream,
    private readonly options: ProgressOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    const fromEnv = Number(process.env.TALKGRAPH_PROGRESS_INTERVAL_MS);
    this.intervalMs = options.intervalMs ?? (Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : 5000);
  }

  start(total: number) {
    this.total = total;
    this.started = this.now();
    this.lastDraw = this.stream.isTTY ? Number.NEGATIVE_INFINITY : this.started;
  }

  /** One more document is done. */
  tick() {
    this.done++;
    if (this.options.quiet) return;
    const t = this.now();
    if (this.stream.isTTY) {
      if (t - this.lastDraw < REDRAW_MS && this.done < this.total) return;
      this.lastDraw = t;
      const line = this.line(t);
      const width = Math.max(20, (this.stream.columns ?? 80) - 1);
      this.stream.write(`\r\x1b[K${line.slice(0, width)}`);
      this.drawn = true;
    } else if (t - this.lastDraw >= this.intervalMs) {
      this.lastDraw = t;
      this.stream.write(`progress: ${this.line(t)}\n`);
    }
  }

  /** Removes the terminal line before other output is written there; the next tick draws it again. */
  clear() {
    if (this.drawn && this.stream.isTTY) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  /** Ends the terminal line so what follows starts on its own line. */
  finish() {
    this.clear();
  }

  private line(t: number): string {
    return progressLine({ done: this.done, total: this.total, elapsedMs: t - this.started, bar: this.stream.isTTY });
  }
}

export interface ProgressState {
  done: number;
  total: number;
  elapsedMs: number;
  /** draw the bar (a terminal); a log gets the counts only */
  bar?: boolean;
}

/** The progress line itself, a pure function of where the work stands. */
export function progressLine({ done, total, elapsedMs, bar }: ProgressState): string {
  const seconds = Math.max(elapsedMs, 1) / 1000;
  const rate = done / seconds;
  const left = total - done;
  const eta = left <= 0 ? '0 s' : rate > 0 ? formatSeconds(left / rate) : '?';
  const counts = `${done}/${total} documents, ${rate.toFixed(1)} docs/s, ETA ${eta}`;
  if (!bar) return counts;
  const filled = total > 0 ? Math.min(BAR, Math.round((BAR * done) / total)) : BAR;
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${counts}`;
}

/** Whole seconds, rounded up first (59.5 s left is "1 min 0 s", never "0 min 60 s"). */
export function formatSeconds(s: number): string {
  const whole = Math.ceil(s);
  if (whole < 60) return `${whole} s`;
  const m = Math.floor(whole / 60);
  if (m < 60) return `${m} min ${whole - m * 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}
