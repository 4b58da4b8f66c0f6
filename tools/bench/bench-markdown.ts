import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createMarkdownProcessor, rehypeHeadingIds, type RehypePlugins } from "@astrojs/markdown-remark";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { briefPipeline, briefProcessor, renderBriefBody } from "../../src/markdown/pipeline.ts";
import { sanitizeSchema } from "../../src/markdown/sanitize-schema.ts";
import { splitFrontMatter } from "../../src/build/loader/strict-glob.ts";

const dir = process.argv[2]!;
const n = Number(process.argv[3] ?? 2000);
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith(".md"))
  .map((e) => join(e.parentPath, e.name))
  .sort()
  .slice(0, n);
const bodies = files.map((f) => splitFrontMatter(readFileSync(f, "utf8"), f).body);
const astro = await createMarkdownProcessor({
  rehypePlugins: briefPipeline.rehype.map((step) => step.use) as RehypePlugins,
  smartypants: false,
  gfm: true,
  syntaxHighlight: false,
});
const bare = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify)
  .freeze();
const ours2raw = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeHeadingIds)
  .use(rehypeRaw)
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();
const parseOnly = unified().use(remarkParse).use(remarkGfm).freeze();
// Each variant returns its result, or a promise of it (the loop awaits either).
const variants: [string, (b: string) => unknown][] = [
  ["astro unified() + the pipeline's rehype steps", (b) => astro.render(b, { fileURL: new URL("file:///x.md") })],
  ["dispatch pipeline: Sätteri parse + frozen transforms", (b) => renderBriefBody(b)],
  ["the same transforms after remark-parse (micromark)", (b) => briefProcessor.process(b)],
  ["two raw passes + sanitize + ids", (b) => ours2raw.process(b)],
  ["bare parse/gfm/rehype/sanitize/stringify", (b) => bare.process(b)],
  ["parse + gfm only", (b) => parseOnly.run(parseOnly.parse(b))],
];
const best = new Map<string, number>();
const rounds = Number(process.argv[4] ?? 3);
for (let round = 0; round < rounds; round += 1) {
  for (const [name, fn] of variants) {
    // CPU time, not wall time: on a shared machine it is far less disturbed by other work.
    const before = process.cpuUsage();
    for (const b of bodies) await fn(b);
    const used = process.cpuUsage(before);
    const s = (used.user + used.system) / 1e6;
    best.set(name, Math.min(best.get(name) ?? Infinity, s));
  }
}
for (const [name, s] of best) {
  console.log(
    `${name.padEnd(42)} ${s.toFixed(2)} CPU s for ${bodies.length} bodies, ${((s / bodies.length) * 10000).toFixed(1)} s per 10,000 (best of ${rounds})`,
  );
}
