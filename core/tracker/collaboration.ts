import { partyByCode } from '../data/parties.ts';
import {
  NEED_CATEGORIES,
  RECIPIENT_CODES,
  type NeedCategory,
  type RecipientCode,
  type RegionCode,
} from '../schemas/code-lists.ts';
import type { Party } from '../schemas/party.ts';
import { RECIPIENT_LABELS, REGION_LABELS } from '../i18n/labels.ts';
import { categoryPhrase } from './phrases.ts';
import type { Collaboration, UnmetNeed } from './findings.ts';

/** The fewest Parties that make a regional activity worth proposing. */
export const COLLABORATION_MINIMUM = 3;

/**
 * Candidates for one regional activity: three or more Parties of the same CITES region with the
 * same unmet need category and a recipient in common. One finding per region, category and
 * recipient code.
 */
export function findCollaborations(
  unmet: readonly UnmetNeed[],
  lookup: (code: string) => Pick<Party, 'region'> | undefined = partyByCode,
): Collaboration[] {
  const groups = new Map<string, Set<string>>();
  for (const need of unmet) {
    const region = lookup(need.party)?.region;
    if (!region) continue;
    for (const recipient of need.recipients) {
      const k = `${region}|${need.category}|${recipient}`;
      let parties = groups.get(k);
      if (!parties) groups.set(k, (parties = new Set()));
      parties.add(need.party);
    }
  }
  const findings: Collaboration[] = [];
  for (const [k, partySet] of groups) {
    if (partySet.size < COLLABORATION_MINIMUM) continue;
    const [region, category, recipient] = k.split('|') as [RegionCode, NeedCategory, RecipientCode];
    const parties = [...partySet].sort();
    findings.push({
      finding: 'collaboration',
      region,
      category,
      recipient,
      parties,
      reason: `${parties.length} Parties of ${REGION_LABELS[region].en} (${parties.join(', ')}) have an unmet need for ${categoryPhrase(category)} for their ${RECIPIENT_LABELS[recipient].en}: one regional activity could serve them all.`,
    });
  }
  const order = (list: readonly string[], value: string) => list.indexOf(value);
  return findings.sort(
    (a, b) =>
      a.region.localeCompare(b.region) ||
      order(NEED_CATEGORIES, a.category) - order(NEED_CATEGORIES, b.category) ||
      order(RECIPIENT_CODES, a.recipient) - order(RECIPIENT_CODES, b.recipient),
  );
}
