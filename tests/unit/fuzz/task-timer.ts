// Times every task of the event loop, with the microtasks that run after it (the continuations of our async
// work run there: the annotator's slices resume inside a promise job). Node's async hooks bracket each callback
// (before/after) of a timer, an immediate (happy-dom's animation frames), a message port; promise jobs and
// queueMicrotask jobs that follow are the same task. CPU time is kept beside wall time: on a loaded machine the
// wall clock also counts the time the process waited for a core, the CPU clock does not.
import { createHook, type AsyncHook } from 'node:async_hooks';

/** Async resources whose callbacks continue the task that is running (not a task of their own). */
const CONTINUATIONS = new Set(['PROMISE', 'Microtask', 'TickObject']);

export interface TaskTime {
  wallMs: number;
  cpuMs: number;
  label: string;
}

export class TaskTimer {
  private readonly tasks = new Set<number>();
  private hook: AsyncHook | null = null;
  private open: { start: number; cpu: NodeJS.CpuUsage; label: string } | null = null;
  private lastEnd = 0;
  /** The longest tasks seen, by CPU time. */
  readonly longest: TaskTime[] = [];
  count = 0;
  /** What is running now, for the report (the fuzz sets the document and phase). */
  label = '';

  start(): void {
    this.hook = createHook({
      init: (asyncId, type) => {
        if (!CONTINUATIONS.has(type)) this.tasks.add(asyncId);
      },
      before: (asyncId) => {
        if (!this.tasks.has(asyncId)) return;
        this.close();
        this.open = { start: performance.now(), cpu: process.cpuUsage(), label: this.label };
      },
      after: () => {
        this.lastEnd = performance.now();
      },
      destroy: (asyncId) => {
        this.tasks.delete(asyncId);
      },
    });
    this.hook.enable();
  }

  stop(): void {
    this.close();
    this.hook?.disable();
    this.hook = null;
    this.tasks.clear();
  }

  /** Starts a new measured task now: for synchronous work the test itself calls (runner.apply). */
  mark(label: string): void {
    this.label = label;
    this.close();
    this.open = { start: performance.now(), cpu: process.cpuUsage(), label };
  }

  private close(): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    const cpu = process.cpuUsage(open.cpu);
    const task = { wallMs: Math.max(0, this.lastEnd - open.start), cpuMs: (cpu.user + cpu.system) / 1000, label: open.label };
    this.count++;
    this.longest.push(task);
    this.longest.sort((a, b) => b.cpuMs - a.cpuMs);
    if (this.longest.length > 5) this.longest.length = 5;
  }
}
