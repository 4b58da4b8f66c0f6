import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { rehypeHeadingIds } from "@astrojs/markdown-remark";
import type { RehypePlugins, RemarkPlugins } from "@astrojs/markdown-remark";
import type { Root } from "hast";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { Root as MdastRoot, PhrasingContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { markdownToMdast } from "satteri";
import { VFile } from "vfile";
import { localized, site, withOrg } from "../site.config.ts";
import { languages } from "../i18n/languages.ts";
import { rehypeAnalysisSection } from "./rehype-analysis-section.ts";
import { rehypeExternalLinks } from "./rehype-external-links.ts";
import { remarkContainRawHtml } from "./remark-contain-raw-html.ts";
import { sanitizeSchema } from "./sanitize-schema.ts";

/** Remark plugins for brief bodies, run before the Markdown becomes HTML. */
export const briefRemarkPlugins: RemarkPlugins = [remarkContainRawHtml];

const analysisOptions = { headings: languages.map((lang) => withOrg(localized(site.analysisHeading, lang))) };
const externalLinkOptions = { siteUrl: site.url };

/**
 * Rehype plugins for brief bodies, in order. Raw HTML an editor typed is parsed first so
 * that the sanitizer sees it as elements (rather than dropping it unseen); everything after
 * the sanitizer adds only markup Dispatch itself trusts.
 */
export const briefRehypePlugins: RehypePlugins = [
  rehypeRaw,
  [rehypeSanitize, sanitizeSchema],
  [rehypeAnalysisSection, analysisOptions],
  [rehypeExternalLinks, externalLinkOptions],
];

function hasRawHtml(tree: Root): boolean {
  const pending: { type: string; children?: unknown[] }[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === "raw") return true;
    if (node.children) pending.push(...(node.children as typeof pending));
  }
  return false;
}

/**
 * rehype-raw, run only when the tree holds raw HTML. Re-parsing a whole tree through
 * parse5 is the most expensive step of the pipeline, and most briefs contain no HTML, so
 * for them it would rebuild an identical tree.
 */
function rehypeRawWhenPresent() {
  const reparse = rehypeRaw();
  return (tree: Root, file: VFile) => (hasRawHtml(tree) ? reparse(tree, file) : tree);
}

/**
 * The brief pipeline as one frozen processor, built once per process: the same steps as
 * Astro's `unified()` Markdown processor with `briefRehypePlugins` (GFM, no smart quotes,
 * no highlighting, heading ids), minus work that cannot change the output for a brief
 * without images: Astro's image collection and its second, final rehype-raw pass (after
 * the sanitizer no raw HTML is left to parse). tests/unit/brief-pipeline.test.ts checks
 * that both give the same HTML. `renderBriefBody` feeds it Sätteri's tree instead of
 * running its remark-parse front end, which stays for comparison (tools/bench/bench-markdown.ts).
 */
export const briefProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkContainRawHtml)
  .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
  .use(rehypeRawWhenPresent)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeAnalysisSection, analysisOptions)
  .use(rehypeExternalLinks, externalLinkOptions)
  .use(rehypeHeadingIds)
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

/** The parser's version: an upgrade may parse some Markdown differently. */
function satteriVersion(): string {
  // satteri's package exports hide its package.json, so it is found beside the entry point.
  const entry = createRequire(import.meta.url).resolve("satteri");
  return (JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8")) as { version: string }).version;
}

/**
 * Changes whenever the pipeline's code or settings change, so HTML cached in the content
 * store by an older pipeline is never reused (Astro only clears the store when the config
 * files themselves change). Plugin sources stand in for their behaviour.
 */
export const briefPipelineFingerprint = JSON.stringify(
  [
    [
      remarkContainRawHtml,
      rehypeRawWhenPresent,
      hasRawHtml,
      rehypeAnalysisSection,
      rehypeExternalLinks,
      parseBriefMarkdown,
      firstParagraphOf,
      withoutRawText,
      renderBriefBody,
    ].map(String),
    satteriVersion(),
    sanitizeSchema,
    analysisOptions,
    externalLinkOptions,
  ],
  (_key, value: unknown) => (value instanceof RegExp ? String(value) : value),
);

/** Markdown images need Astro's image pipeline (local files are optimised), so those briefs go through Astro's processor. */
export function needsAstroImages(markdown: string): boolean {
  return markdown.includes("![");
}

export interface RenderedBody {
  html: string;
  metadata: {
    headings: { depth: number; slug: string; text: string }[];
    localImagePaths: string[];
    remoteImagePaths: string[];
    imagePaths: string[];
    frontmatter: Record<string, unknown>;
    /** Plain text of the first prose paragraph: a brief's summary when its front matter has none. */
    firstParagraph: string;
  };
}

/**
 * Parses Markdown with Sätteri (the native parser behind Astro's default processor) into the
 * same mdast as remark-parse with GFM: about seven times faster than micromark, which was
 * most of the pipeline's cost. Front matter is off: bodies come without it, and a body that
 * opens with a thematic break must stay one.
 */
function parseBriefMarkdown(markdown: string): MdastRoot {
  return markdownToMdast(markdown, { position: false, features: { gfm: true, frontmatter: false } }) as MdastRoot;
}

/**
 * Plain text of the first prose paragraph: headings, quotes, lists, tables, code, HTML,
 * rules and paragraphs that open with an image or HTML are skipped, and inline HTML is left
 * out of the text (a summary is plain text). Taken from the tree the body is rendered from,
 * so the store needs no copy of the Markdown to summarise a brief.
 */
function firstParagraphOf(tree: MdastRoot): string {
  for (const node of tree.children) {
    if (node.type !== "paragraph") continue;
    const opening = node.children[0]?.type;
    if (opening === "image" || opening === "html") continue;
    const text = toString(withoutRawText(node.children), { includeHtml: false }).replace(/\s+/g, " ").trim();
    if (text) return text;
  }
  return "";
}

const RAW_TEXT_OPEN = /^<(script|style)\b[^>]*>$/i;
const RAW_TEXT_CLOSE = /^<\/(script|style)\s*>$/i;

/**
 * Inline content without what sits between an inline `<script>` or `<style>` tag and its
 * end: the sanitizer drops it from the body, so a summary must not show it either.
 */
function withoutRawText(children: PhrasingContent[]): PhrasingContent[] {
  const kept: PhrasingContent[] = [];
  let inside = false;
  for (const child of children) {
    if (child.type === "html" && RAW_TEXT_OPEN.test(child.value.trim())) inside = true;
    else if (child.type === "html" && RAW_TEXT_CLOSE.test(child.value.trim())) inside = false;
    else if (!inside) kept.push(child);
  }
  return kept;
}

/** The first prose paragraph of a Markdown body, as plain text (see `firstParagraphOf`). */
export function firstParagraph(markdown: string): string {
  return firstParagraphOf(parseBriefMarkdown(markdown));
}

/** Renders one brief body (no front matter): native parse, then the frozen processor's transforms. */
export async function renderBriefBody(markdown: string): Promise<RenderedBody> {
  const file = new VFile(markdown);
  const mdast = parseBriefMarkdown(markdown);
  // Read before the transforms, which may rework the tree.
  const lead = firstParagraphOf(mdast);
  const tree = await briefProcessor.run(mdast, file);
  const html = briefProcessor.stringify(tree, file);
  const astro = (file.data as { astro?: { headings?: RenderedBody["metadata"]["headings"] } }).astro;
  return {
    html,
    metadata: {
      headings: astro?.headings ?? [],
      localImagePaths: [],
      remoteImagePaths: [],
      imagePaths: [],
      frontmatter: {},
      firstParagraph: lead,
    },
  };
}
