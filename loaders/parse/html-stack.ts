import type { Parser } from 'htmlparser2';

// htmlparser2 9 keeps its open elements with the top at index 0 (`unshift` /
// `shift`) and finds a closing tag's element with `indexOf`: each open tag
// costs the depth, so 1 MB of unclosed <div> or nested <li> takes minutes
// (issue #11). This stack keeps the same top-first interface over an array
// whose top is its end, and counts what is open by name, so a push or pop is
// O(1), a closing tag for an element that is not open is O(1), and a search
// walks only the elements the close then pops. The parser's own work stays
// linear in the input; `visits` counts element reads so tests can check that.

export interface StackWork {
  /** elements read or moved by the parser through the stack */
  visits: number;
}

type Entry = string | boolean;

class TopFirstStack {
  private readonly items: Entry[] = [];
  private readonly open = new Map<Entry, number>();

  constructor(private readonly work: StackWork) {}

  get length(): number {
    return this.items.length;
  }

  set length(n: number) {
    if (n !== 0) throw new Error('the parser only ever empties its stack');
    this.items.length = 0;
    this.open.clear();
  }

  /** index 0 is the top, as the parser expects */
  at(index: number): Entry | undefined {
    this.work.visits++;
    return this.items[this.items.length - 1 - index];
  }

  unshift(name: Entry): number {
    this.work.visits++;
    this.items.push(name);
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
    return this.items.length;
  }

  shift(): Entry | undefined {
    this.work.visits++;
    const name = this.items.pop();
    if (name !== undefined) {
      const n = (this.open.get(name) ?? 1) - 1;
      if (n > 0) this.open.set(name, n);
      else this.open.delete(name);
    }
    return name;
  }

  indexOf(name: Entry): number {
    if (!this.open.has(name)) return -1;
    for (let i = this.items.length - 1; i >= 0; i--) {
      this.work.visits++;
      if (this.items[i] === name) return this.items.length - 1 - i;
    }
    return -1;
  }
}

/** The stack behind numeric indexing, which is how the parser reads its top. */
function topFirst(work: StackWork, initial: readonly Entry[]): unknown {
  const stack = new TopFirstStack(work);
  for (let i = initial.length - 1; i >= 0; i--) stack.unshift(initial[i]);
  return new Proxy(stack, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) return target.at(Number(key));
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
    set(target, key, value) {
      if (key !== 'length') throw new Error(`unexpected write to the parser's stack: ${String(key)}`);
      target.length = value;
      return true;
    },
  });
}

/** Gives `parser` the linear stacks; call before the first write. */
export function linearStacks(parser: Parser, work: StackWork = { visits: 0 }): StackWork {
  const internals = parser as unknown as { stack: Entry[]; foreignContext: Entry[] };
  if (!Array.isArray(internals.stack) || !Array.isArray(internals.foreignContext))
    throw new Error(
      'htmlparser2 no longer keeps `stack` / `foreignContext` arrays: review loaders/parse/html-stack.ts',
    );
  // The foreign-content flags (svg, math, title…) are kept the same way.
  internals.stack = topFirst(work, internals.stack) as Entry[];
  internals.foreignContext = topFirst(work, internals.foreignContext) as Entry[];
  return work;
}
