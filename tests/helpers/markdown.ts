import { renderBriefBody } from "../../src/markdown/pipeline.ts";

/** A brief body's HTML, rendered by the pipeline production uses (src/markdown/pipeline.ts). */
export async function renderBrief(markdown: string): Promise<string> {
  return (await renderBriefBody(markdown)).html;
}
