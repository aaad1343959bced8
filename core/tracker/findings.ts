import type { NeedCategory, RecipientCode, RegionCode } from '../schemas/code-lists.ts';

/** A reported need nobody's activity answers yet. */
export interface UnmetNeed {
  finding: 'unmet';
  need: string;
  party: string;
  period: string;
  category: NeedCategory;
  recipients: RecipientCode[];
  reason: string;
}

/** A reported need that one or more activities answer. */
export interface CoveredNeed {
  finding: 'covered';
  need: string;
  party: string;
  period: string;
  category: NeedCategory;
  recipients: RecipientCode[];
  /** Ids of the covering activities, sorted. */
  activities: string[];
  /** The recipients the activities reach, of those the need names. */
  reached: RecipientCode[];
  reason: string;
}

/** Two activities of different providers doing the same for the same Party at the same time. */
export interface Overlap {
  finding: 'overlap';
  party: string;
  category: NeedCategory;
  /** The recipients both activities reach. */
  recipients: RecipientCode[];
  /** The two activity ids, sorted. */
  activities: [string, string];
  reason: string;
}

/** Three or more Parties of one region with the same unmet need: one regional activity could serve them. */
export interface Collaboration {
  finding: 'collaboration';
  region: RegionCode;
  category: NeedCategory;
  recipient: RecipientCode;
  /** The Parties, sorted. */
  parties: string[];
  reason: string;
}

export type Finding = UnmetNeed | CoveredNeed | Overlap | Collaboration;

export interface Analysis {
  unmet: UnmetNeed[];
  covered: CoveredNeed[];
  overlaps: Overlap[];
  collaborations: Collaboration[];
}
