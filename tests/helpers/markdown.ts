import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import { briefRehypePlugins, briefRemarkPlugins } from "../../src/markdown/pipeline.ts";

/** The same Markdown processor the site configures in astro.config.ts. */
const processor = createMarkdownProcessor({
  remarkPlugins: briefRemarkPlugins,
  rehypePlugins: briefRehypePlugins,
  smartypants: false,
  syntaxHighlight: false,
});

export async function renderBrief(markdown: string): Promise<string> {
  return (await (await processor).render(markdown)).code;
}
