import { archiveLineFrame } from './archiveLine';
import { episodeFrame } from './episode';
import { episodeListFrame } from './episodeList';
import { headingTalkFrame } from './headingTalk';
import { labeledRecordFrame } from './labeledRecord';
import { programmeLineFrame } from './programmeLine';
import { tableFrame } from './table';
import type { Frame } from './types';

export type * from './types';

/** Every frame; they read blocks and annotations only, so their order does not matter. */
export const specifiedFrames: readonly Frame[] = [
  tableFrame,
  programmeLineFrame,
  headingTalkFrame,
  labeledRecordFrame,
  episodeFrame,
  archiveLineFrame,
  episodeListFrame,
];
