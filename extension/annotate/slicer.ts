/**
 * Runs work in short slices so the page's main thread is never held long: each slice runs
 * steps until its budget is spent, then yields (to input, rendering and the page's own tasks)
 * and goes on. Steps are small (one text block, a few dozen nodes of a walk) so a slice overruns its
 * budget by at most one step.
 */

/** One unit of work; returns true when it has nothing left to do. */
export type Step = (deadline: number) => boolean;

/** How a slicer yields between slices. */
export interface SliceScheduler {
  /**
   * Calls `run` later: soon when `urgent` (the first screen), else when the page has nothing
   * more important to do.
   */
  schedule(run: () => void, urgent: boolean): void;
}

/** Timing of the slices run so far, for the benchmark and tests. */
export interface SliceStats {
  slices: number;
  longest: number;
  total: number;
}

interface PostTask {
  postTask(
    run: () => void,
    options: { priority: 'user-blocking' | 'user-visible' | 'background' },
  ): Promise<void>;
}

/**
 * A scheduler on the page's own task queue: `scheduler.postTask` where the browser has it (the
 * first screen at user-visible priority, the rest in the background, both behind input and
 * rendering), else a message-channel task (no timer clamping), else a zero timeout.
 *
 * @param win - the page's window
 */
export function pageScheduler(win: Window & typeof globalThis = window): SliceScheduler {
  const tasks = (win as unknown as { scheduler?: PostTask }).scheduler;
  if (tasks && typeof tasks.postTask === 'function') {
    return {
      schedule: (run, urgent) =>
        void tasks.postTask(run, { priority: urgent ? 'user-visible' : 'background' }),
    };
  }
  if (typeof win.MessageChannel === 'function') {
    const channel = new win.MessageChannel();
    const queue: (() => void)[] = [];
    channel.port1.onmessage = () => queue.shift()?.();
    return {
      schedule(run) {
        queue.push(run);
        channel.port2.postMessage(null);
      },
    };
  }
  return { schedule: (run) => void win.setTimeout(run, 0) };
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
    this.scheduler.schedule(() => this.slice(), this.urgent.length > 0);
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
