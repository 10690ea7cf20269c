import { headingTalkFrame } from './headingTalk';
import { labeledRecordFrame } from './labeledRecord';
import { parenSpeakerFrame } from './parenSpeaker';
import { programmeLineFrame } from './programmeLine';
import { sessionLinkFrame } from './sessionLink';
import { slotStackFrame } from './slotStack';
import { tableFrame } from './table';
import type { Frame } from './types';

export type * from './types';

/** Every frame; they read blocks and annotations only, so their order does not matter. */
export const specifiedFrames: readonly Frame[] = [
  tableFrame,
  programmeLineFrame,
  headingTalkFrame,
  labeledRecordFrame,
  parenSpeakerFrame,
  slotStackFrame,
  sessionLinkFrame,
];
