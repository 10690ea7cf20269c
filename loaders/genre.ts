import { basename, extname } from 'node:path';
import type { DocumentFacts } from '../src/model/graph';
import notDocuments from './not-documents.json';
import type { FoundCounts } from './types';

// Is a file a document of the genre (an agenda, announcement, recap, interview)?
// Some files say so by name (package.json, lock files, source code: the list is
// data, in not-documents.json); the rest say so by what extraction found. A
// file with no event, talk or person in it is not stored, so a folder of mixed
// files does not fill the graph with technologies mentioned in a README.

const NAMES = new Set(notDocuments.fileNames.map((n) => n.toLowerCase()));
const EXTENSIONS = new Set(notDocuments.extensions.map((e) => e.toLowerCase()));

/** Why a file is not a document, judged by its name alone; null when its name says nothing. */
export function notADocumentByName(path: string): string | null {
  const name = basename(path).toLowerCase();
  if (NAMES.has(name)) return `${basename(path)} is a project or tooling file`;
  const ext = extname(name);
  if (ext && EXTENSIONS.has(ext)) return `${ext} files are source code or build output`;
  return null;
}

export function countFound(facts: DocumentFacts): FoundCounts {
  const found: FoundCounts = { events: 0, talks: 0, people: 0, organizations: 0, technologies: 0 };
  for (const n of facts.nodes) {
    if (n.kind === 'Event') found.events++;
    else if (n.kind === 'Talk') found.talks++;
    else if (n.kind === 'Person') found.people++;
    else if (n.kind === 'Organization') found.organizations++;
    else if (n.kind === 'Technology') found.technologies++;
  }
  return found;
}

/** 'none': nothing of the genre, do not store; 'no-programme': store, but warn that no talk was found. */
export function genreOf(found: FoundCounts): 'talks' | 'no-programme' | 'none' {
  if (found.talks > 0) return 'talks';
  return found.events > 0 || found.people > 0 ? 'no-programme' : 'none';
}
