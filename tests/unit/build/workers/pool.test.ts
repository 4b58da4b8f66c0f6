import { afterEach, describe, expect, it, vi } from "vitest";
import { createWorkerPool, type PoolOptions } from "../../../../src/build/workers/pool.ts";
import tasks from "../../../fixtures/worker-tasks.ts";

const onWorkers: PoolOptions = { threads: 2, expected: 100, minTasks: 10, whenWorkerLost: "run-here" };
const pools: { close: () => Promise<void> }[] = [];
const pool = (options: Partial<PoolOptions> = {}) => {
  const created = createWorkerPool(tasks, { ...onWorkers, ...options });
  pools.push(created);
  return created;
};
afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(pools.splice(0).map((each) => each.close()));
});

const numbers = Array.from({ length: 40 }, (_, index) => index);

describe("the worker pool", () => {
  it("runs named tasks on its worker threads and answers each with its own result", async () => {
    const workers = pool();
    expect(workers.threads).toBe(2);
    const results = await Promise.all(numbers.map((number) => workers.run("double", number)));
    expect(results.map((result) => result.doubled)).toEqual(numbers.map((number) => number * 2));
    expect(new Set(results.map((result) => result.thread)).size).toBe(2);
    expect(results.every((result) => result.thread !== 0)).toBe(true);
    expect(workers.doneOnWorkers).toBe(numbers.length);
  });

  it("starts no worker for a small batch, nor when DISPATCH_RENDER_WORKERS=0, and runs the tasks in this thread", async () => {
    const small = pool({ expected: 9 });
    vi.stubEnv("DISPATCH_RENDER_WORKERS", "0");
    const forced = pool();
    for (const here of [small, forced]) {
      expect(here.threads).toBe(0);
      expect(await here.run("double", 4)).toEqual({ doubled: 8, thread: 0 });
      expect(here.doneOnWorkers).toBe(0);
    }
  });

  it("rejects a failing task with its own message and stack, and goes on with the others", async () => {
    const workers = pool();
    const failing = workers.run("fail", "Could not parse the third table");
    await expect(failing).rejects.toThrow("Could not parse the third table");
    await expect(failing).rejects.toHaveProperty("stack", expect.stringContaining("worker-tasks.ts") as unknown);
    expect((await workers.run("double", 21)).doubled).toBe(42);
  });

  it("runs the tasks of a worker that dies in this thread when told to", async () => {
    const workers = pool({ whenWorkerLost: "run-here" });
    const dying = workers.run("dieOnWorker", 3);
    const others = numbers.map((number) => workers.run("double", number));
    expect(await dying).toBe("survived in the main thread");
    expect((await Promise.all(others)).map((result) => result.doubled)).toEqual(numbers.map((number) => number * 2));
  });

  it("otherwise rejects the tasks a dead worker lost, naming the task and how the worker stopped", async () => {
    const workers = pool({ threads: 1, whenWorkerLost: "fail" });
    const dying = workers.run("dieOnWorker", 7);
    // Still running on the worker when it dies, or waiting for it.
    const slow = numbers.map(() => workers.run("wait", 5_000));
    await expect(dying).rejects.toThrow('A worker thread stopped (exit code 7) before its "dieOnWorker" task was done');
    const settled = await Promise.allSettled(slow);
    // The one worker is gone: everything it had not finished is lost, and nothing hangs.
    expect(settled.map((result) => result.status === "rejected" && String(result.reason))).toEqual(
      slow.map(() => 'Error: A worker thread stopped (exit code 7) before its "wait" task was done'),
    );
    await expect(workers.run("double", 1)).rejects.toThrow(/worker thread stopped/);
  });

  it("rejects what is still unfinished when it closes", async () => {
    const workers = pool({ threads: 1 });
    const running = Promise.allSettled(numbers.map((number) => workers.run("double", number)));
    await workers.close();
    const settled = await running;
    expect(settled.every((result) => result.status === "fulfilled" || String(result.reason).includes("closed"))).toBe(
      true,
    );
    await expect(workers.run("double", 1)).rejects.toThrow("The worker pool is closed");
  });
});
