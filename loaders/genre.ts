import { basename, extname } from 'node:path';
import type { DocumentFacts } from '../src/model/graph';
import notDocuments from './not-documents.json';
import type { FoundCounts } from './types';

// Is a file a document of the genre (an agenda, announcement, recap, interview)?
// Some files say so by name (package.json, lock files, source code: the list is
// data, in not-documents.json); the rest say so by what extraction found. A
// file with no event, talk, person or organization, and hardly a technology, is not stored, so a folder of mixed
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

/** How many technologies a file with no event, person or organization must name to be kept as a document. */
const TECHNOLOGIES_OF_A_DOCUMENT = 5;

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
  if (found.events > 0 || found.people > 0 || found.organizations > 0) return 'no-programme';
  // A recap whose people and event the extraction did not read still names what it is about; a stray
  // notes file names a technology or two at most. Storing a genre document we read badly loses less than
  // skipping it.
  return found.technologies >= TECHNOLOGIES_OF_A_DOCUMENT ? 'no-programme' : 'none';
}
