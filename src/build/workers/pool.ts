import { Worker } from "node:worker_threads";

/** Functions a pool can run by name, each taking one input that survives structured cloning. */
export type Tasks = Record<string, (input: never) => Promise<unknown>>;

/**
 * Named tasks and the URL of the module that holds them. A task module's default export
 * is `taskModule(import.meta.url, { ... })`: workers import it by that URL, and this thread
 * runs the same functions when it has to.
 */
export interface TaskModule<T extends Tasks> {
  url: string;
  tasks: T;
}

export function taskModule<T extends Tasks>(url: string, tasks: T): TaskModule<T> {
  return { url, tasks };
}

/** Sent to a worker: run `task` on `input`, answer with `id`. */
export interface TaskRequest {
  id: number;
  task: string;
  input: unknown;
}

/** A worker's answer: the task's result, or its error message and stack. */
export type TaskReply = { id: number; output: unknown } | { id: number; error: string; stack?: string | undefined };

export interface PoolOptions {
  /** Worker threads wanted; 0 runs every task in this thread. */
  threads: number;
  /** Tasks the caller is about to run: with fewer than `minTasks`, starting workers costs more than it saves. */
  expected: number;
  minTasks: number;
  /**
   * What becomes of the tasks of a worker that fails to start or dies: "run-here" runs them
   * in this thread (which then helps with the rest), "fail" rejects them, so that the
   * caller can say how many were lost.
   */
  whenWorkerLost: "run-here" | "fail";
}

export interface WorkerPool<T extends Tasks> {
  /** Worker threads started (0: every task runs in this thread). */
  readonly threads: number;
  /** Tasks the workers have finished so far. */
  readonly doneOnWorkers: number;
  run<Name extends keyof T & string>(task: Name, input: Parameters<T[Name]>[0]): Promise<Awaited<ReturnType<T[Name]>>>;
  /** Stops the workers; a task not done by then is rejected. */
  close(): Promise<void>;
}

interface Pending {
  id: number;
  task: string;
  input: unknown;
  resolve: (output: unknown) => void;
  reject: (error: unknown) => void;
}

interface Thread {
  worker: Worker;
  running: Map<number, Pending>;
  alive: boolean;
}

/** Tasks queued in one worker at once: enough that it never waits on this (busy) thread, few enough to share the work out evenly. */
const PER_WORKER = 8;

/** `count` workers for the task module at `url`, or none if workers cannot be created here (a resource limit, a sandbox). */
function startThreads(url: string, count: number): Thread[] {
  const threads: Thread[] = [];
  try {
    for (let started = 0; started < count; started++) {
      const worker = new Worker(new URL("./worker.ts", import.meta.url), { workerData: { tasks: url } });
      threads.push({ worker, running: new Map(), alive: true });
    }
    return threads;
  } catch {
    for (const { worker } of threads) void worker.terminate();
    return [];
  }
}

/**
 * Runs named tasks (a task module's functions) on a pool of worker threads, each task on
 * whichever worker has room, so CPU-bound build work (rendering Markdown, drawing cards)
 * uses every core while this thread reads files and writes output. A task's error rejects
 * that task alone, with the task's own message and stack. No worker starts for a small
 * batch or when `DISPATCH_RENDER_WORKERS=0`; a worker that cannot be created leaves the
 * work to this thread, and one that fails or dies later is handled by `whenWorkerLost`.
 */
export function createWorkerPool<T extends Tasks>(module: TaskModule<T>, options: PoolOptions): WorkerPool<T> {
  const wanted =
    process.env["DISPATCH_RENDER_WORKERS"] === "0" || options.expected < options.minTasks
      ? 0
      : Math.min(options.threads, options.expected);
  const threads = startThreads(module.url, wanted);
  const queue: Pending[] = [];
  const runHere = (task: string, input: unknown) => (module.tasks[task] as (input: unknown) => Promise<unknown>)(input);
  /** Whether this thread runs tasks too: when no worker started, or one was lost with "run-here". */
  let helpHere = threads.length === 0;
  let inThisThread = 0;
  let nextId = 0;
  let doneOnWorkers = 0;
  let closing = false;

  let lastLoss = "";
  const lostTask = (pending: Pending) =>
    new Error(`A worker thread stopped (${lastLoss}) before its "${pending.task}" task was done`);

  const dispatch = () => {
    while (queue.length > 0) {
      const thread = threads.find((candidate) => candidate.alive && candidate.running.size < PER_WORKER);
      if (thread) {
        const pending = queue.shift()!;
        thread.running.set(pending.id, pending);
        thread.worker.postMessage({ id: pending.id, task: pending.task, input: pending.input } satisfies TaskRequest);
      } else if (helpHere && inThisThread === 0) {
        // One task at a time here: this thread has its own work, and a batch of thousands
        // started at once would hold every input and result in memory together.
        const pending = queue.shift()!;
        inThisThread++;
        runHere(pending.task, pending.input)
          .then(pending.resolve, pending.reject)
          .finally(() => {
            inThisThread--;
            dispatch();
          });
      } else if (!helpHere && !threads.some((candidate) => candidate.alive)) {
        for (const pending of queue.splice(0)) pending.reject(lostTask(pending));
      } else return;
    }
  };

  const lose = (thread: Thread, reason: string) => {
    if (!thread.alive || closing) return;
    thread.alive = false;
    lastLoss = reason;
    const lost = [...thread.running.values()];
    thread.running.clear();
    if (options.whenWorkerLost === "run-here") {
      queue.unshift(...lost);
      helpHere = true;
    } else {
      for (const pending of lost) pending.reject(lostTask(pending));
    }
    dispatch();
  };

  for (const thread of threads) {
    thread.worker.on("message", (reply: TaskReply) => {
      const pending = thread.running.get(reply.id);
      if (!pending) return;
      thread.running.delete(reply.id);
      doneOnWorkers++;
      if ("error" in reply) {
        const error = new Error(reply.error);
        if (reply.stack) error.stack = reply.stack;
        pending.reject(error);
      } else pending.resolve(reply.output);
      dispatch();
    });
    thread.worker.on("error", (error: Error) => {
      lose(thread, error.message);
    });
    thread.worker.on("exit", (code) => {
      lose(thread, `exit code ${code}`);
    });
  }

  return {
    threads: threads.length,
    get doneOnWorkers() {
      return doneOnWorkers;
    },
    run(task, input) {
      if (closing) return Promise.reject(new Error(`The worker pool is closed; "${task}" was not run`));
      return new Promise((resolve, reject) => {
        queue.push({ id: nextId++, task, input, resolve: resolve as (output: unknown) => void, reject });
        dispatch();
      });
    },
    async close() {
      closing = true;
      const unfinished = [...queue.splice(0), ...threads.flatMap(({ running }) => [...running.values()])];
      for (const pending of unfinished)
        pending.reject(new Error(`The worker pool closed before "${pending.task}" was done`));
      await Promise.all(threads.map(({ worker }) => worker.terminate()));
    },
  };
}
