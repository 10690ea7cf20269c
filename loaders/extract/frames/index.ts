import { archiveLineFrame } from './archiveLine';
import { boldLeadFrame } from './boldLead';
import { creditLineFrame } from './creditLine';
import { episodeFrame } from './episode';
import { episodeListFrame } from './episodeList';
import { headingLineFrame } from './headingLine';
import { headingTalkFrame } from './headingTalk';
import { labeledRecordFrame } from './labeledRecord';
import { numberedBylineFrame } from './numberedByline';
import { parenSpeakerFrame } from './parenSpeaker';
import { peopleFrame } from './people';
import { personHeadingFrame } from './personHeading';
import { programmeLineFrame } from './programmeLine';
import { proseTalkFrame } from './proseTalk';
import { sessionLinkFrame } from './sessionLink';
import { slotStackFrame } from './slotStack';
import { slotTitleFrame } from './slotTitle';
import { tableFrame } from './table';
import { talkLinkFrame } from './talkLink';
import { topicHeadingFrame } from './topicHeading';
import type { Frame } from './types';

export type * from './types';

/** Every frame; they read blocks and annotations only, so their order does not matter. */
export const specifiedFrames: readonly Frame[] = [
  tableFrame,
  programmeLineFrame,
  headingTalkFrame,
  labeledRecordFrame,
  headingLineFrame,
  personHeadingFrame,
  creditLineFrame,
  slotTitleFrame,
  topicHeadingFrame,
  proseTalkFrame,
  boldLeadFrame,
  parenSpeakerFrame,
  slotStackFrame,
  sessionLinkFrame,
  talkLinkFrame,
  episodeFrame,
  archiveLineFrame,
  episodeListFrame,
  numberedBylineFrame,
  peopleFrame,
];
