import type { Rule } from './harness';
import { programmeStage } from './programme';
import { agendaLineRule } from './rules/agendaLineRule';
import { agendaTableRule } from './rules/agendaTableRule';
import { articleRule } from './rules/articleRule';
import { authorRule } from './rules/authorRule';
import { bioParagraphRule } from './rules/bioParagraphRule';
import { colocatedEventRule, spokeAtEventRule } from './rules/colocatedEventRule';
import { commentSignatureRule } from './rules/commentSignatureRule';
import { contactRule } from './rules/contactRule';
import { coverageBodyRule } from './rules/coverageBodyRule';
import { crewRule } from './rules/crewRule';
import { employerTechRule } from './rules/employerTechRule';
import { enBioRule } from './rules/enBioRule';
import { eventAnnouncementRule } from './rules/eventAnnouncementRule';
import { eventHeaderRule } from './rules/eventHeaderRule';
import { eventPlaceRule } from './rules/eventPlaceRule';
import { foundedByRule } from './rules/foundedByRule';
import { fromOrgRule } from './rules/fromOrgRule';
import { hostOrgRule } from './rules/hostOrgRule';
import { hostRule } from './rules/hostRule';
import { labelBlockRule } from './rules/labelBlockRule';
import { linkedEventRule } from './rules/linkedEventRule';
import { listEntryRule } from './rules/listEntryRule';
import { mastheadRule } from './rules/mastheadRule';
import { organizerRule } from './rules/organizerRule';
import { orgMentionRule } from './rules/orgMentionRule';
import { orgPatternRule } from './rules/orgPatternRule';
import { proseEventRule } from './rules/proseEventRule';
import { proseIntroRule } from './rules/proseIntroRule';
import { recapHeadingRule } from './rules/recapHeadingRule';
import { sectionEventRule } from './rules/sectionEventRule';
import { sectionHeaderEventRule } from './rules/sectionHeaderEventRule';
import { slotBlockRule } from './rules/slotBlockRule';
import { speakerBioRule } from './rules/speakerBioRule';
import { speakerListRule } from './rules/speakerListRule';
import { speakerTopicRule } from './rules/speakerTopicRule';
import { sponsorSectionRule } from './rules/sponsorSectionRule';
import { subjectLineEventRule } from './rules/subjectLineEventRule';
import { talkAbstractRule } from './rules/talkAbstractRule';
import { talkOrgRule } from './rules/talkOrgRule';
import { talkScopeRule } from './rules/talkScopeRule';
import { techMentionRule } from './rules/techMentionRule';
import { titleBlockRule } from './rules/titleBlockRule';
import { titleEventRule } from './rules/titleEventRule';
import { tocRule } from './rules/tocRule';
import { unknownTechRule } from './rules/unknownTechRule';

// The rules in the order they run. Order matters where a rule reads what an
// earlier one found: the event first (talks attach to it), structured
// programme shapes before prose (prose only adds talks for people who have
// none), mentions last.
export const specifiedRules: readonly Rule[] = [
  eventHeaderRule,
  eventAnnouncementRule,
  proseEventRule,
  subjectLineEventRule,
  organizerRule,
  sponsorSectionRule,
  foundedByRule,
  agendaLineRule,
  agendaTableRule,
  speakerBioRule,
  labelBlockRule,
  speakerTopicRule,
  slotBlockRule,
  titleBlockRule,
  listEntryRule,
  recapHeadingRule,
  articleRule,
  tocRule,
  mastheadRule,
  programmeStage,
  hostRule,
  authorRule,
  bioParagraphRule,
  speakerListRule,
  proseIntroRule,
  crewRule,
  coverageBodyRule,
  sectionEventRule,
  sectionHeaderEventRule,
  colocatedEventRule,
  titleEventRule,
  spokeAtEventRule,
  linkedEventRule,
  eventPlaceRule,
  contactRule,
  commentSignatureRule,
  talkAbstractRule,
  techMentionRule,
  unknownTechRule,
  enBioRule,
  fromOrgRule,
  orgMentionRule,
  orgPatternRule,
  hostOrgRule,
  talkOrgRule,
  employerTechRule,
  talkScopeRule,
];
