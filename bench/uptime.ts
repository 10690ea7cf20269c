import { execFileSync } from 'node:child_process';

/** The load averages `uptime` prints: every bench states how busy the machine was. */
export function uptimeLoad(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' })
      .trim()
      .replace(/^.*load average: /, '');
  } catch {
    return 'unknown';
  }
}
