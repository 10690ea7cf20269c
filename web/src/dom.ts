// A tiny element builder: the UI is small enough not to need a framework, and
// building nodes (never innerHTML with data) keeps document text from being parsed as markup.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | EventListener | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, ''), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'number' ? String(c) : c);
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html lacks #${id}`);
  return el as T;
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** Shown to the user in the status bar; errors never go only to the console. */
let statusTimer: ReturnType<typeof setTimeout> | undefined;
export function status(message: string, kind: 'info' | 'error' = 'info'): void {
  const bar = byId('status');
  bar.textContent = message;
  bar.className = `status ${kind}`;
  bar.hidden = message === '';
  clearTimeout(statusTimer);
  // Notes fade; errors stay until the next message so they are not missed.
  if (kind === 'info' && message) statusTimer = setTimeout(() => status(''), 4000);
}

let pending = 0;
/**
 * Runs one piece of server work: marks the page busy meanwhile (body[data-busy],
 * which tests wait on) and shows a failure in the status bar instead of throwing.
 */
export async function busy<T>(work: () => Promise<T>): Promise<T | undefined> {
  pending++;
  document.body.dataset.busy = 'true';
  try {
    return await work();
  } catch (e) {
    status(errorMessage(e), 'error');
    return undefined;
  } finally {
    if (--pending === 0) delete document.body.dataset.busy;
  }
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A link that runs an action in the page instead of navigating. */
export function actionLink(label: string, action: () => void, attrs: Attrs = {}): HTMLAnchorElement {
  const a = h('a', { href: '#', ...attrs }, label);
  a.addEventListener('click', (ev) => {
    ev.preventDefault();
    action();
  });
  return a;
}
