import type autocannon from 'autocannon';
import { addTimelineEntry, draftReport, linkEvidence, pick, readDocument, readListPage, reviseSeverity } from './load';

type Request = autocannon.Request;

/**
 * An organisation's reviews under way: a fixed number open at once, each edited until it has
 * taken its share of commands, then left (its review done) and a newly drafted report opened in
 * its place. Reads go mostly to the open reviews, some to any report ever written. Unlike editing
 * the same reports for ever, this reaches a steady state: what is being worked on stays the same
 * size while the store keeps growing.
 */
export class OpenReviews {
  private readonly open: { id: string; commands: number }[];
  private readonly all: string[];

  constructor(
    seeded: readonly string[],
    openAtOnce: number,
    private readonly commandsEach: number,
  ) {
    // Reviews start at different stages, so they close at different times.
    this.open = seeded.slice(0, openAtOnce).map((id) => ({ id, commands: Math.floor(Math.random() * commandsEach) }));
    this.all = [...seeded];
  }

  get reports(): number {
    return this.all.length;
  }

  /** 60 % commands (half of them fact revisions, a third timeline entries), 25 % documents, 15 % list pages. */
  readonly next = (request: Request, context: Record<string, unknown>): Request => {
    const roll = Math.random();
    if (this.open.length === 0) return readListPage(request); // only if drafts failed, which fails the soak
    if (roll >= 0.6) return roll < 0.85 ? readDocument(request, Math.random() < 0.8 ? pick(this.open).id : pick(this.all)) : readListPage(request);
    const review = pick(this.open);
    if (++review.commands > this.commandsEach) {
      this.open.splice(this.open.indexOf(review), 1);
      context['drafting'] = true;
      return draftReport(request, `Review ${this.all.length + 1}`);
    }
    return roll < 0.3 ? reviseSeverity(request, review.id) : roll < 0.5 ? addTimelineEntry(request, review.id) : linkEvidence(request, review.id);
  };

  /** A drafted report opens as a review once the API has said its id. */
  readonly answered = (status: number, body: string, context: Record<string, unknown>): void => {
    if (!context['drafting']) return;
    context['drafting'] = false;
    if (status !== 201) return;
    const { id } = JSON.parse(body) as { id: string };
    this.open.push({ id, commands: 0 });
    this.all.push(id);
  };
}
