import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { renderBriefBody, type RenderedBody } from "../../markdown/pipeline.ts";

export interface RenderPool {
  /** Threads rendering (1 = this thread only). */
  threads: number;
  /** Bodies the workers have rendered so far (the rest were rendered in this thread). */
  readonly renderedOnWorkers: number;
  render(body: string): Promise<RenderedBody>;
  close(): Promise<void>;
}

/** Below this many bodies, starting workers (each loads unified) costs more than it saves. */
const MIN_BODIES_FOR_WORKERS = 300;

const inThisThread: RenderPool = {
  threads: 1,
  renderedOnWorkers: 0,
  render: renderBriefBody,
  close: () => Promise.resolve(),
};

interface Job {
  body: string;
  worker: number;
  resolve: (value: RenderedBody) => void;
  reject: (error: unknown) => void;
}

/**
 * Renders brief bodies on worker threads, one per core, when there are enough of them.
 * Markdown parsing is most of a cold content sync and is CPU-bound, while the main thread
 * mostly waits on files and validates front matter; spreading the parsing over the cores
 * cuts the sync's wall time nearly in proportion. Output is identical: every thread runs
 * the same frozen processor. If a worker cannot start or dies, its bodies are rendered in
 * this thread instead (`DISPATCH_RENDER_WORKERS=0` forces that).
 */
export function createRenderPool(expectedBodies: number): RenderPool {
  const size = Math.min(availableParallelism(), 4);
  if (expectedBodies < MIN_BODIES_FOR_WORKERS || size < 2 || process.env["DISPATCH_RENDER_WORKERS"] === "0") {
    return inThisThread;
  }
  let workers: Worker[];
  try {
    workers = Array.from({ length: size }, () => new Worker(new URL("./render-worker.ts", import.meta.url)));
  } catch {
    return inThisThread;
  }
  const jobs = new Map<number, Job>();
  const load = workers.map(() => 0);
  const alive = workers.map(() => true);
  let nextId = 0;
  let renderedOnWorkers = 0;
  const renderHere = (job: Job) => renderBriefBody(job.body).then(job.resolve, job.reject);

  workers.forEach((worker, index) => {
    worker.on("message", (message: { id: number; rendered?: RenderedBody; error?: string }) => {
      const job = jobs.get(message.id);
      if (!job) return;
      jobs.delete(message.id);
      load[index]! -= 1;
      if (message.rendered) {
        renderedOnWorkers += 1;
        job.resolve(message.rendered);
      } else job.reject(new Error(message.error ?? "render worker failed"));
    });
    const retire = () => {
      if (!alive[index]) return;
      alive[index] = false;
      for (const [id, job] of jobs) {
        if (job.worker !== index) continue;
        jobs.delete(id);
        void renderHere(job);
      }
    };
    worker.on("error", retire);
    worker.on("exit", retire);
  });

  return {
    threads: size,
    get renderedOnWorkers() {
      return renderedOnWorkers;
    },
    render(body: string) {
      return new Promise<RenderedBody>((resolve, reject) => {
        let index = -1;
        for (let candidate = 0; candidate < workers.length; candidate += 1) {
          if (alive[candidate] && (index === -1 || load[candidate]! < load[index]!)) index = candidate;
        }
        const job: Job = { body, worker: index, resolve, reject };
        if (index === -1) {
          void renderHere(job);
          return;
        }
        const id = nextId++;
        jobs.set(id, job);
        load[index]! += 1;
        workers[index]!.postMessage({ id, body });
      });
    },
    async close() {
      alive.fill(false);
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
