/**
 * Runs work in short slices so the page's main thread is never held long: each slice runs
 * steps until its budget is spent, then yields (to an idle callback where there is one) and goes
 * on. Steps are small (one text block, a few dozen nodes of a walk) so a slice overruns its
 * budget by at most one step.
 */

/** One unit of work; returns true when it has nothing left to do. */
export type Step = (deadline: number) => boolean;

/** How a slicer yields between slices. */
export interface SliceScheduler {
  /** Calls `run` later, when the page is idle if possible. */
  schedule(run: () => void): void;
}

/** Timing of the slices run so far, for the benchmark and tests. */
export interface SliceStats {
  slices: number;
  longest: number;
  total: number;
}

/** A scheduler on the page's own timers: an idle callback (bounded wait) or a zero timeout. */
export function pageScheduler(win: Window & typeof globalThis = window): SliceScheduler {
  return {
    schedule(run) {
      if (typeof win.requestIdleCallback === 'function')
        win.requestIdleCallback(() => run(), { timeout: 50 });
      else win.setTimeout(run, 0);
    },
  };
}

/** A queue of steps run in time-boxed slices. */
export class Slicer {
  private readonly urgent: Step[] = [];
  private readonly queue: Step[] = [];
  private scheduled = false;
  private stopped = false;
  private waiters: (() => void)[] = [];
  /** Timing of the slices so far. */
  readonly stats: SliceStats = { slices: 0, longest: 0, total: 0 };

  /**
   * @param scheduler - how to yield between slices
   * @param budget - milliseconds of work per slice
   * @param afterSlice - called at the end of each slice (the annotator drops its own mutation records there)
   */
  constructor(
    private readonly scheduler: SliceScheduler,
    private readonly budget = 12,
    private readonly afterSlice: () => void = () => {},
  ) {}

  /**
   * Adds a step; urgent steps (the first screen) run before the others.
   *
   * @param step - the work
   * @param urgent - whether it goes before the queued steps
   */
  add(step: Step, urgent = false): void {
    if (this.stopped) return;
    (urgent ? this.urgent : this.queue).push(step);
    this.wake();
  }

  /** True when no step is waiting. */
  get idle(): boolean {
    return this.urgent.length === 0 && this.queue.length === 0;
  }

  /** Resolves when every step queued so far (and any they add) is done. */
  whenIdle(): Promise<void> {
    if (this.idle) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Drops every waiting step and refuses new ones. */
  stop(): void {
    this.stopped = true;
    this.urgent.length = 0;
    this.queue.length = 0;
    this.release();
  }

  private wake(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.scheduler.schedule(() => this.slice());
  }

  private slice(): void {
    this.scheduled = false;
    const started = performance.now();
    const deadline = started + this.budget;
    try {
      while (!this.stopped) {
        const list = this.urgent.length > 0 ? this.urgent : this.queue;
        const step = list[0];
        if (!step) break;
        if (step(deadline)) list.shift();
        if (performance.now() >= deadline) break;
      }
    } finally {
      this.afterSlice();
      const spent = performance.now() - started;
      this.stats.slices++;
      this.stats.total += spent;
      this.stats.longest = Math.max(this.stats.longest, spent);
    }
    if (this.idle) this.release();
    else this.wake();
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
