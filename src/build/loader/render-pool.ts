import { availableParallelism } from "node:os";
import { renderBriefBody } from "../../markdown/pipeline.ts";
import { createWorkerPool, taskModule, type WorkerPool } from "../workers/pool.ts";

/** What the loader's worker threads run: the brief pipeline, the same frozen processor in every thread. */
const renderTasks = taskModule(import.meta.url, { renderBriefBody });
export default renderTasks;

export type RenderPool = WorkerPool<typeof renderTasks.tasks>;

/** Below this many bodies, starting workers (each loads unified) costs more than it saves. */
const MIN_BODIES_FOR_WORKERS = 300;

/**
 * Renders brief bodies on worker threads (up to four, one per core) when there are enough
 * of them. Markdown rendering is most of a cold content sync and is CPU-bound, while this
 * thread mostly waits on files and validates front matter; spreading the rendering over
 * the cores cuts the sync's wall time nearly in proportion. Output is identical: every
 * thread runs the same pipeline. A body whose worker cannot start or dies is rendered in
 * this thread instead.
 */
export function createRenderPool(expectedBodies: number): RenderPool {
  const cores = availableParallelism();
  return createWorkerPool(renderTasks, {
    threads: cores >= 2 ? Math.min(cores, 4) : 0,
    expected: expectedBodies,
    minTasks: MIN_BODIES_FOR_WORKERS,
    whenWorkerLost: "run-here",
  });
}
