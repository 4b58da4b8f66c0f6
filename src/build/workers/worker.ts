/**
 * A thread of a worker pool (pool.ts): loads the task module it was started for, runs each
 * task it is sent and answers with the result, or with the error's message and stack.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { TaskModule, TaskReply, TaskRequest, Tasks } from "./pool.ts";

const url = (workerData as { tasks: string }).tasks;
const { tasks } = ((await import(url)) as { default: TaskModule<Tasks> }).default;

async function run({ id, task, input }: TaskRequest): Promise<TaskReply> {
  try {
    const work = tasks[task] as ((input: unknown) => Promise<unknown>) | undefined;
    if (!work) throw new Error(`${url} has no task named "${task}"`);
    return { id, output: await work(input) };
  } catch (error) {
    return error instanceof Error ? { id, error: error.message, stack: error.stack } : { id, error: String(error) };
  }
}

function answer(request: TaskRequest, reply: TaskReply): void {
  try {
    // Copied, not transferred: some results (resvg's PNGs) live in memory Node cannot move between threads.
    parentPort?.postMessage(reply);
  } catch (error) {
    parentPort?.postMessage({
      id: request.id,
      error: `The result of "${request.task}" cannot be sent back: ${String(error)}`,
    });
  }
}

// run answers every failure itself, so its promise never rejects.
parentPort?.on("message", (request: TaskRequest) => {
  void run(request).then((reply) => {
    answer(request, reply);
  });
});
