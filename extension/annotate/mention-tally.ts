import type { Mention } from '../../core/recognize/index.ts';
import type { PageSummary } from '../../core/schemas/messages.ts';

/** Counts of what a page mentions, kept up to date as mentions are wrapped or removed. */
export class MentionTally {
  private counts: PageSummary['counts'] = {
    party: 0,
    decision: 0,
    resolution: 0,
    document: 0,
    notification: 0,
  };
  private readonly parties = new Map<string, number>();

  /**
   * Counts one mention.
   *
   * @param mention - a mention just wrapped
   */
  add(mention: Mention): void {
    this.counts[mention.kind]++;
    if (mention.kind === 'party') this.parties.set(mention.id, (this.parties.get(mention.id) ?? 0) + 1);
  }

  /** Forgets everything counted. */
  clear(): void {
    this.counts = { party: 0, decision: 0, resolution: 0, document: 0, notification: 0 };
    this.parties.clear();
  }

  /**
   * The page summary.
   *
   * @param complete - whether the page has been read to the end
   */
  summary(complete: boolean): PageSummary {
    const parties = [...this.parties]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
    return { counts: { ...this.counts }, parties, complete };
  }
}
