// A seeded PRNG (mulberry32): the same seed gives the same corpus on every
// machine and Node.js version, which Math.random cannot promise.

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** uniform in [0, 1) */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /**
   * An index in [0, n) skewed towards 0 (roughly Zipf with exponent 1): a few
   * speakers and technologies recur often, most appear once or twice, as in
   * a real archive.
   */
  skewed(n: number): number {
    return Math.min(n - 1, Math.floor(n ** this.next()) - 1);
  }
}
