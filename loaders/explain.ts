import { resolve as resolvePath } from 'node:path';
import { documentId } from '../src/model/ids';
import type { Catalogs } from './catalogs';
import { dateContext, RuleContext } from './extract';
import { knowledgeOf } from './extract/knowledge';
import { type ProgrammeReading, programmeStage, readProgramme } from './extract/programme';
import { specifiedRules } from './extract/registry';
import { lexicon } from './lexicon';
import { parseDocument } from './parse';
import { decodeBytes } from './read';

// `talkgraph extract --explain FILE`: one document through read → parse →
// extract, keeping what the programme reader saw at each stage (blocks,
// annotations, candidates, decisions), so a user can see why a talk was or
// was not found.

export interface Explanation {
  path: string;
  format: string;
  diagnostics: string[];
  blocks: { index: number; kind: string; level: number; text: string; cells?: string[] }[];
  annotations: { block: number; kind: string; text: string; value: string; recognizer: string }[];
  candidates: {
    title: string;
    speakers: string[];
    frame: string;
    score: number;
    shape: string;
    accepted: boolean;
    why: string;
  }[];
  found: {
    talks: { title: string; speakers: string[]; rule: string }[];
    events: string[];
    people: string[];
    organizations: string[];
    /** "张三 → 某某科技 (架构师) [rule]": who works where, and which rule said so */
    affiliations: { person: string; organization: string; role: string; rule: string }[];
    technologies: string[];
  };
}

export function explainDocument(path: string, bytes: Buffer, catalogs: Catalogs): Explanation {
  const decoded = decodeBytes(bytes, path);
  const parsed = parseDocument({ path, documentId: documentId(resolvePath(path)), contentHash: '', decoded });
  const ctx = new RuleContext(parsed, lexicon, knowledgeOf(catalogs), dateContext(parsed));
  let reading: ProgrammeReading | null = null;
  for (const rule of specifiedRules) {
    if (rule === programmeStage) reading = readProgramme(ctx);
    else rule.run(ctx);
  }
  const r = reading as ProgrammeReading | null;
  const blocks = r?.blocks ?? [];
  return {
    path,
    format: parsed.format,
    diagnostics: parsed.diagnostics.map((d) => `${d.severity}: ${d.code}: ${d.message}`),
    blocks: blocks.map((b) => ({
      index: b.index,
      kind: b.kind,
      level: b.level,
      text: b.text.slice(0, 160),
      ...(b.cells ? { cells: b.cells.map((c) => c.text) } : {}),
    })),
    annotations: (r?.annotations ?? []).flatMap((anns, i) =>
      anns
        .filter((a) => a.kind !== 'technology' && a.kind !== 'organization')
        .map((a) => ({
          block: i,
          kind: a.kind,
          text: blocks[i].text.slice(a.start, a.end),
          value: a.value,
          recognizer: a.recognizer,
        })),
    ),
    candidates: (r?.decisions ?? []).map((d) => ({
      title: d.candidate.title,
      speakers: d.candidate.speakers.map((s) => s.text),
      frame: d.candidate.frame,
      score: d.candidate.score,
      shape: d.candidate.shape,
      accepted: d.accepted,
      why: d.why,
    })),
    found: {
      talks: ctx.out.talks.map((t) => ({ title: t.title, speakers: t.speakers, rule: t.rule })),
      events: ctx.out.events.map((e) => e.name),
      people: ctx.out.people.map((p) => p.name),
      organizations: ctx.out.organizations.map((o) => o.name),
      affiliations: ctx.out.affiliations.map(({ person, organization, role, rule }) => ({
        person,
        organization,
        role,
        rule,
      })),
      technologies: [...new Set(ctx.out.technologies.map((t) => t.name))],
    },
  };
}

/** The explanation as text a person reads top to bottom. */
export function explanationText(x: Explanation): string {
  const lines = [`${x.path} (${x.format})`, ...x.diagnostics.map((d) => `  ${d}`), '', 'blocks:'];
  for (const b of x.blocks)
    lines.push(`  #${b.index} ${b.kind}${b.level ? b.level : ''}  ${b.cells ? b.cells.join(' | ') : b.text}`);
  lines.push('', 'annotations:');
  for (const a of x.annotations)
    lines.push(`  #${a.block} ${a.kind}(${a.recognizer}) “${a.text}”${a.value !== a.text ? ` = ${a.value}` : ''}`);
  lines.push('', 'candidates:');
  for (const c of x.candidates)
    lines.push(
      `  ${c.accepted ? '✓' : '✗'} ${c.frame} ${c.score} “${c.title}” — ${c.speakers.join('; ') || '(no speaker)'}  [${c.why}]`,
    );
  lines.push('', 'found:');
  for (const t of x.found.talks)
    lines.push(`  talk “${t.title}” — ${t.speakers.join(', ') || '(no speaker)'}  (${t.rule})`);
  lines.push(`  events: ${x.found.events.join('; ') || '(none)'}`);
  lines.push(`  people: ${x.found.people.join(', ') || '(none)'}`);
  lines.push(`  organizations: ${x.found.organizations.join(', ') || '(none)'}`);
  for (const a of x.found.affiliations)
    lines.push(`  affiliation ${a.person} → ${a.organization}${a.role ? ` (${a.role})` : ''}  (${a.rule})`);
  lines.push(`  technologies: ${x.found.technologies.join(', ') || '(none)'}`);
  return lines.join('\n');
}
