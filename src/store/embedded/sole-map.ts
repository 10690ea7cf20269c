// Claims by document for one node or relationship. Most relationships (a
// talk's speaker, its event, a document's mentions) are claimed by one
// document only, and a Map per relationship cost more than the claim in it
// (its hash table is allocated for several entries): with one entry the
// entry is held inline, and the Map exists from the second on.

export class SoleMap<T> {
  private soleKey: string | undefined = undefined;
  private sole: T | undefined = undefined;
  private map: Map<string, T> | undefined = undefined;

  get size(): number {
    return this.map ? this.map.size : this.soleKey === undefined ? 0 : 1;
  }

  get(key: string): T | undefined {
    if (this.map) return this.map.get(key);
    return key === this.soleKey ? this.sole : undefined;
  }

  set(key: string, value: T): void {
    if (this.map) this.map.set(key, value);
    else if (this.soleKey === undefined || this.soleKey === key) {
      this.soleKey = key;
      this.sole = value;
    } else {
      this.map = new Map([[this.soleKey, this.sole as T]]);
      this.map.set(key, value);
      this.soleKey = undefined;
      this.sole = undefined;
    }
  }

  delete(key: string): boolean {
    if (this.map) return this.map.delete(key);
    if (key !== this.soleKey) return false;
    this.soleKey = undefined;
    this.sole = undefined;
    return true;
  }

  /** Any one value (the first held), or undefined when empty. */
  any(): T | undefined {
    if (this.map) return this.map.values().next().value;
    return this.sole;
  }
}
