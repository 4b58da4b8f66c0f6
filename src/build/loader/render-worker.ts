/**
 * Worker thread of the Markdown render pool (render-pool.ts): renders brief bodies with
 * the same frozen processor as the main thread, so a cold build uses every core.
 */
import { parentPort } from "node:worker_threads";
import { renderBriefBody } from "../../markdown/pipeline.ts";

export interface RenderRequest {
  id: number;
  body: string;
}

async function render({ id, body }: RenderRequest): Promise<void> {
  try {
    parentPort?.postMessage({ id, rendered: await renderBriefBody(body) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
}

// render reports every failure back as a message, so its promise never rejects.
parentPort?.on("message", (request: RenderRequest) => void render(request));
