import { spawn } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";

/** A running decap-server: the API Decap's local backend talks to, and how to stop it. */
export interface RunningDecapServer {
  /** e.g. `http://127.0.0.1:8081/api/v1`. */
  api: string;
  stop: () => Promise<void>;
}

const serverScript = createRequire(import.meta.url).resolve("decap-server");

/** Whether decap-server answers on `api` yet. */
async function answers(api: string): Promise<boolean> {
  try {
    const response = await fetch(api, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ action: "info" }),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts Decap's local backend (decap-server, files only, no Git) on a loopback port,
 * reading and writing the Markdown files under `repository`, and resolves once it answers.
 * It has no authentication: it listens on 127.0.0.1 only and accepts pages from localhost.
 */
export async function startDecapServer(repository: string, port: number): Promise<RunningDecapServer> {
  const api = `http://127.0.0.1:${port}/api/v1`;
  const child = spawn(process.execPath, [serverScript], {
    cwd: repository,
    env: { ...process.env, PORT: String(port), BIND_HOST: "127.0.0.1", GIT_REPO_DIRECTORY: repository, MODE: "fs" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = once(child, "exit");
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill();
      await exited;
    }
  };
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`decap-server stopped at start (exit code ${child.exitCode}); is port ${port} in use?`);
    if (await answers(api)) return { api, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
