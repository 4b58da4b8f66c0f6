import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { rehypeHeadingIds } from "@astrojs/markdown-remark";
import type { MarkdownHeading, MarkdownProcessor } from "@astrojs/markdown-remark";
import type { Root } from "hast";
import type { Root as MdastRoot, PhrasingContent } from "mdast";
import { toString } from "mdast-util-to-string";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { markdownToMdast } from "satteri";
import { unified, type Pluggable } from "unified";
import { VFile } from "vfile";
import { languages } from "../i18n/languages.ts";
import { localized, site, withOrg } from "../site.config.ts";
import { rehypeAnalysisSection, type AnalysisSectionOptions } from "./rehype-analysis-section.ts";
import { rehypeExternalLinks, type ExternalLinksOptions } from "./rehype-external-links.ts";
import { rehypeInPageLinks, type InPageLinksOptions } from "./rehype-in-page-links.ts";
import { remarkContainRawHtml } from "./remark-contain-raw-html.ts";
import { remarkImagePaths } from "./remark-image-paths.ts";
import { sanitizeSchema } from "./sanitize-schema.ts";

/** One step of the pipeline: what unified runs, and the npm package it comes from. */
export interface PipelineStep {
  /** A plugin, or a plugin with its options. */
  use: Pluggable;
  /** The plugin's package; Dispatch's own plugins (this folder) have none. */
  from?: string;
}

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

/** Sätteri's settings: GFM on; front matter off, since bodies come without it and a body that opens with a rule must keep it. */
const satteriOptions = { position: false, features: { gfm: true, frontmatter: false } } as const;

/**
 * The brief pipeline, declared once, in order. Every front end derives from it: the frozen
 * processor the loader renders with (`renderBriefBody`, fed by Sätteri), Astro's
 * `markdown.processor` (`briefMarkdownProcessor`), the tests (which call `renderBriefBody`)
 * and the fingerprint that keeps the content store honest (`briefPipelineFingerprint`).
 */
export const briefPipeline = {
  /**
   * remark-parse with GFM: the same Markdown as Sätteri, for plugins that parse a fragment
   * again (remark-contain-raw-html). Whole bodies are parsed by Sätteri (`satteriOptions`).
   */
  parse: [
    { use: remarkParse, from: "remark-parse" },
    { use: remarkGfm, from: "remark-gfm" },
  ],
  remark: [{ use: remarkContainRawHtml }, { use: remarkImagePaths }],
  /**
   * Footnote ids are left unprefixed here (`clobberPrefix: ""`): the sanitizer prefixes every
   * id once, footnotes' like any other, and rehype-in-page-links points the links after them.
   */
  toHast: {
    use: [remarkRehype, { allowDangerousHtml: true, passThrough: [], clobberPrefix: "" }],
    from: "remark-rehype",
  },
  /**
   * Raw HTML an editor typed is parsed first so that the sanitizer sees it as elements
   * (rather than dropping it unseen); everything after the sanitizer adds only markup
   * Dispatch itself trusts.
   */
  rehype: [
    { use: rehypeRawWhenPresent, from: "rehype-raw" },
    { use: [rehypeSanitize, sanitizeSchema], from: "rehype-sanitize" },
    {
      use: [
        rehypeAnalysisSection,
        {
          headings: languages.map((lang) => withOrg(localized(site.analysisHeading, lang))),
        } satisfies AnalysisSectionOptions,
      ],
    },
    { use: [rehypeExternalLinks, { siteUrl: site.url } satisfies ExternalLinksOptions] },
    { use: rehypeHeadingIds, from: "@astrojs/markdown-remark" },
    {
      use: [rehypeInPageLinks, { clobberPrefix: sanitizeSchema.clobberPrefix ?? "" } satisfies InPageLinksOptions],
    },
  ],
  toHtml: { use: [rehypeStringify, { allowDangerousHtml: true }], from: "rehype-stringify" },
} satisfies Record<string, PipelineStep | PipelineStep[]>;

const { parse, remark, toHast, rehype, toHtml } = briefPipeline;
const steps: PipelineStep[] = [...parse, ...remark, toHast, ...rehype, toHtml];

/**
 * The pipeline as one frozen processor, built once per thread. `renderBriefBody` runs its
 * transforms on Sätteri's tree; its own remark-parse front end is there for the plugins
 * that parse a fragment, and for comparison (tools/bench/bench-markdown.ts).
 */
export const briefProcessor = unified()
  .use(steps.map((step) => step.use))
  .freeze();

export interface RenderedBody {
  html: string;
  metadata: {
    headings: MarkdownHeading[];
    /** Images beside the brief's file and on other sites (remark-image-paths.ts). */
    localImagePaths: string[];
    remoteImagePaths: string[];
    imagePaths: string[];
    frontmatter: Record<string, unknown>;
    /** Plain text of the first prose paragraph: a brief's summary when its front matter has none. */
    firstParagraph: string;
  };
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

/**
 * Renders one brief body (no front matter). Sätteri, the native parser behind Astro's
 * default processor, gives the same mdast as remark-parse with GFM about seven times
 * faster; the frozen processor then runs every other step.
 */
export async function renderBriefBody(markdown: string): Promise<RenderedBody> {
  const file = new VFile(markdown);
  const mdast = markdownToMdast(markdown, satteriOptions) as MdastRoot;
  // Read before the transforms, which may rework the tree.
  const lead = firstParagraphOf(mdast);
  const tree = await briefProcessor.run(mdast, file);
  const html = String(briefProcessor.stringify(tree, file));
  const { headings = [], localImagePaths = [], remoteImagePaths = [] } = file.data.astro ?? {};
  return {
    html,
    metadata: {
      headings,
      localImagePaths,
      remoteImagePaths,
      imagePaths: [...localImagePaths, ...remoteImagePaths],
      frontmatter: {},
      firstParagraph: lead,
    },
  };
}

/**
 * Astro's `markdown.processor`: the brief pipeline, for any Markdown Astro renders itself
 * (the briefs loader renders with `renderBriefBody` directly). Astro's shared settings
 * (highlighting, smart quotes) do not apply: briefs have neither.
 */
export const briefMarkdownProcessor: MarkdownProcessor = {
  name: "dispatch-brief",
  options: {},
  createRenderer: () =>
    Promise.resolve({
      render: async (content, options) => {
        const { html, metadata } = await renderBriefBody(content);
        return { code: html, metadata: { ...metadata, frontmatter: options?.frontmatter ?? {} } };
      },
    }),
};

const require = createRequire(import.meta.url);

/** A package's version, read from its folder (some packages' exports hide their package.json). */
function packageVersion(name: string): string {
  for (const folder of require.resolve.paths(name) ?? []) {
    const manifest = join(folder, name, "package.json");
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
  }
  throw new Error(`The Markdown pipeline's package ${name} is not installed`);
}

/**
 * A digest of a pipeline's code and settings: the source of every `.ts` file in
 * `sourceFolder`, Sätteri's version and settings, and each step's package version and
 * options, in order.
 */
export function pipelineFingerprint(declared: readonly PipelineStep[], sourceFolder: string): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(sourceFolder)
    .filter((file) => file.endsWith(".ts"))
    .sort()) {
    hash.update(name).update(readFileSync(join(sourceFolder, name)));
  }
  const settings = [
    `satteri@${packageVersion("satteri")}`,
    satteriOptions,
    declared.map((step) => [
      step.from ? `${step.from}@${packageVersion(step.from)}` : "own",
      Array.isArray(step.use) ? step.use.slice(1) : [],
    ]),
  ];
  hash.update(JSON.stringify(settings, (_key, value: unknown) => (value instanceof RegExp ? String(value) : value)));
  return hash.digest("base64url");
}

let fingerprint: string | undefined;

/**
 * Changes whenever the brief pipeline's code or settings change (see `pipelineFingerprint`;
 * the code is this folder's), so HTML that an older pipeline left in the content store is
 * never reused: Astro only clears the store when its config files change.
 */
export function briefPipelineFingerprint(): string {
  fingerprint ??= pipelineFingerprint(steps, fileURLToPath(new URL(".", import.meta.url)));
  return fingerprint;
}
