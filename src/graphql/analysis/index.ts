import { TechnologyBreakdownResolver } from './breakdown.resolver';
import { NeighborhoodResolver } from './neighborhood.resolver';
import { PathResolver } from './path.resolver';
import { RelatedTechnologiesResolver } from './related.resolver';
import { SearchResolver } from './search.resolver';
import { SpeakersOnResolver } from './speakers.resolver';
import { TechnologyTrendResolver } from './trend.resolver';
import { TrendingTechnologiesResolver } from './trending.resolver';

/** The relationship and trend queries (issues 5 and 12), one resolver class per question. */
export const analysisResolvers = [
  SpeakersOnResolver,
  TechnologyTrendResolver,
  TrendingTechnologiesResolver,
  TechnologyBreakdownResolver,
  RelatedTechnologiesResolver,
  PathResolver,
  SearchResolver,
  NeighborhoodResolver,
];
