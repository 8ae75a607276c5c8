/**
 * Play: one step further every 1 / speed seconds (the speed is an option of the table, read
 * at each step; `retime` applies a change at once), waiting while a step is still loading
 * so that none is skipped; it stops at the latest step, which the page then follows.
 */

export interface PlayHost {
  /** Steps per second. */
  speed(): number;
  /** The step asked for last is drawn. */
  drawn(): boolean;
  /** Index of the step shown, and the number of steps. */
  index(): number;
  count(): number;
  /** Shows step index `i`. */
  go(i: number): void;
  /** Play started or stopped (for the button). */
  changed(playing: boolean): void;
}

/** How often a step still loading is checked again, in milliseconds. */
const WAIT_MS = 40;

export class Player {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly host: PlayHost) {}

  get playing(): boolean {
    return this.timer !== null;
  }

  toggle(): void {
    if (this.playing) this.stop();
    else this.start();
  }

  /** From the first step when at the latest; nothing with fewer than two steps. */
  start(): void {
    const n = this.host.count();
    if (this.playing || n < 2) return;
    if (this.host.index() >= n - 1) this.host.go(0);
    this.schedule(1000 / this.host.speed());
    this.host.changed(true);
  }

  /** The speed changed: the next step comes after the new interval, from now. */
  retime(): void {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.schedule(1000 / this.host.speed());
  }

  stop(): void {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.timer = null;
    this.host.changed(false);
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => this.tick(), ms);
  }

  private tick(): void {
    if (!this.host.drawn()) {
      this.schedule(WAIT_MS); // still loading: wait, do not skip a step
      return;
    }
    const i = this.host.index();
    const last = this.host.count() - 1;
    if (i < last) this.host.go(i + 1);
    if (i + 1 >= last) {
      this.stop();
      return;
    }
    this.schedule(1000 / this.host.speed());
  }
}
