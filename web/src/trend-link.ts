// The trends view in the address, so a copied link reopens the same chart:
// #trends?tech=Docker&tech=Kubernetes&from=2015&to=2021&view=share.
// The older #trends=Docker,Kubernetes still opens (names only).
import { METRICS, type Metric } from './trend-chart';

export interface TrendState {
  names: string[];
  from: number | null;
  to: number | null;
  view: Metric;
}

export const DEFAULT_VIEW: Metric = 'talks';

const year = (v: string | null): number | null => (v && /^\d{1,4}$/.test(v) ? Number(v) : null);

/** The trends state a hash names, or null when the hash is not the trends tab. */
export function parseTrendHash(hash: string): TrendState | null {
  const raw = hash.replace(/^#/, '');
  if (raw === 'trends') return { names: [], from: null, to: null, view: DEFAULT_VIEW };
  if (raw.startsWith('trends=')) {
    const names = decodeURIComponent(raw.slice('trends='.length)).split(',');
    return { names: names.map((n) => n.trim()).filter(Boolean), from: null, to: null, view: DEFAULT_VIEW };
  }
  if (!raw.startsWith('trends?')) return null;
  const q = new URLSearchParams(raw.slice('trends?'.length));
  const view = q.get('view') as Metric | null;
  return {
    names: q
      .getAll('tech')
      .map((n) => n.trim())
      .filter(Boolean),
    from: year(q.get('from')),
    to: year(q.get('to')),
    view: view && METRICS.includes(view) ? view : DEFAULT_VIEW,
  };
}

/** The hash for a trends state; parts at their defaults are left out. */
export function trendHash(s: TrendState): string {
  const q = new URLSearchParams();
  for (const n of s.names) q.append('tech', n);
  if (s.from !== null) q.set('from', String(s.from));
  if (s.to !== null) q.set('to', String(s.to));
  if (s.view !== DEFAULT_VIEW) q.set('view', s.view);
  const text = q.toString();
  return text ? `#trends?${text}` : '#trends';
}
