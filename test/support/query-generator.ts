import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

// Generates GraphQL queries within a schema: deep chains, wide selections,
// aliases, named fragments spreading earlier fragments (fans) and inline
// fragments, with argument values drawn from what the fixture holds. Every
// choice goes through `choose`, so a fast-check `gen` drives (and replays) it.

export interface Choices {
  /** an integer in [0, n) */
  below(n: number): number;
  chance(percent: number): boolean;
}

export interface GeneratedQuery {
  text: string;
  variables: Record<string, unknown>;
}

export interface Vocabulary {
  ids: string[];
  names: string[];
}

const INTS: Record<string, number[]> = {
  first: [0, 1, 3, 10, 50, 200, 1000, 5000],
  depth: [1, 2, 3],
  maxHops: [1, 3, 6],
  from: [2015, 2019, 2020],
  to: [2021, 2022],
  yearFrom: [2015, 2020],
  yearTo: [2021],
};

export function queryGenerator(schema: GraphQLSchema, vocabulary: Vocabulary, c: Choices) {
  const pick = <T>(xs: readonly T[]): T => xs[c.below(xs.length)];
  const fragments: { name: string; type: string; text: string }[] = [];
  const variables: Record<string, unknown> = {};
  let alias = 0;
  // a cap on fields written, so deep and wide stays a query rather than 6^14 of text
  let written = 0;
  const MAX_FIELDS = 300;

  const argumentValue = (arg: GraphQLArgument, type: GraphQLInputType): string | undefined => {
    const t = getNullableType(type);
    if (isListType(t))
      return `[${vocabulary.names
        .slice(0, 1 + c.below(3))
        .map((n) => JSON.stringify(n))
        .join(', ')}]`;
    if (isEnumType(t)) return pick(t.getValues()).name;
    if (!isScalarType(t)) return undefined; // input objects (filter, sort): left out
    if (t.name === 'Int') {
      const n = pick(INTS[arg.name] ?? [1, 10]);
      // sometimes through a variable, as the browser sends them
      if (arg.name === 'first' && c.chance(30)) {
        const v = `v${Object.keys(variables).length}`;
        variables[v] = n;
        return `$${v}`;
      }
      return String(n);
    }
    if (t.name === 'ID') return JSON.stringify(pick(vocabulary.ids));
    if (t.name === 'String') return arg.name === 'after' ? undefined : JSON.stringify(pick(vocabulary.names));
    return undefined;
  };

  const argsOf = (field: GraphQLField<unknown, unknown>): string => {
    const parts: string[] = [];
    for (const arg of field.args) {
      if (!isNonNullType(arg.type) && !c.chance(60)) continue;
      const v = argumentValue(arg, arg.type);
      if (v !== undefined) parts.push(`${arg.name}: ${v}`);
    }
    return parts.length ? `(${parts.join(', ')})` : '';
  };

  const selection = (type: GraphQLObjectType, depth: number): string => {
    const fields = Object.values(type.getFields());
    const leaves = fields.filter((f) => !isObjectType(getNamedType(f.type)));
    const objects = fields.filter((f) => isObjectType(getNamedType(f.type)));
    const out: string[] = [];
    const width = written > MAX_FIELDS ? 1 : 1 + c.below(depth > 0 ? 4 : 2);
    for (let i = 0; i < width; i++) {
      const open = written < MAX_FIELDS;
      const wantObject = depth > 0 && open && objects.length > 0 && (c.chance(70) || leaves.length === 0);
      const f = wantObject ? pick(objects) : leaves.length ? pick(leaves) : null;
      if (!f) break;
      const named = getNamedType(f.type);
      const repeat = open && c.chance(10) ? 1 + c.below(6) : 1; // aliased copies: wide
      for (let r = 0; r < repeat; r++) {
        written++;
        const head = repeat > 1 || c.chance(25) ? `a${alias++}: ${f.name}` : f.name;
        const sub = isObjectType(named) ? ` { ${selection(named, depth - 1)} }` : '';
        out.push(`${head}${argsOf(f)}${sub}`);
      }
    }
    const own = fragments.filter((fr) => fr.type === type.name);
    if (own.length && c.chance(50)) {
      const fr = pick(own);
      const spreads = 1 + c.below(3);
      for (let i = 0; i < spreads; i++) out.push(`...${fr.name}`);
    }
    if (c.chance(10)) out.push(`... on ${type.name} { __typename }`);
    return out.join(' ') || '__typename';
  };

  const objectTypes = Object.values(schema.getTypeMap()).filter(
    (t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__') && t.name !== 'Query',
  );

  return (): GeneratedQuery => {
    const maxDepth = 1 + c.below(14);
    // fragments may spread earlier ones only: fans, never cycles
    for (let i = c.below(5); i > 0; i--) {
      const type = pick(objectTypes);
      const name = `F${fragments.length}`;
      fragments.push({
        name,
        type: type.name,
        text: `fragment ${name} on ${type.name} { ${selection(type, c.below(maxDepth))} }`,
      });
    }
    const root = schema.getQueryType();
    if (!root) throw new Error('schema has no Query type');
    const body = selection(root, maxDepth);
    // only fragments the operation reaches, only variables the text uses: no "unused" validation errors
    const byName = new Map(fragments.map((f) => [f.name, f]));
    const reached = new Set<string>();
    const queue = [body];
    while (queue.length) {
      for (const m of (queue.pop() ?? '').matchAll(/\.\.\.(F\d+)/g)) {
        const f = byName.get(m[1]);
        if (f && !reached.has(f.name)) {
          reached.add(f.name);
          queue.push(f.text);
        }
      }
    }
    const texts = [...reached].map((n) => byName.get(n)?.text ?? '');
    const all = [body, ...texts].join(' ');
    const decls = Object.keys(variables)
      .filter((v) => new RegExp(`\\$${v}\\b`).test(all))
      .map((v) => `$${v}: Int`);
    const head = decls.length ? `query Fuzz(${decls.join(', ')})` : 'query Fuzz';
    return { text: [`${head} { ${body} }`, ...texts].join('\n'), variables };
  };
}
