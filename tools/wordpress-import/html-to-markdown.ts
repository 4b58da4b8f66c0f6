import type { Element } from "hast";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import type { Options as RehypeRemarkOptions } from "rehype-remark";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { VFile } from "vfile";
import { sanitizeSchema } from "../../src/markdown/sanitize-schema.ts";
import { autop, isBlockEditorContent } from "./autop.ts";
import { emptyPostContext, type PostContext } from "./post-context.ts";
import { footnoteLabel, rehypeWordpressAnchors } from "./rehype-wordpress-anchors.ts";
import { rehypeWordpressImages } from "./rehype-wordpress-images.ts";
import { rehypeWordpressMedia } from "./rehype-wordpress-media.ts";
import { remarkTidyWordpress } from "./remark-tidy-wordpress.ts";
import { expandShortcodes, linkBareEmbedUrls } from "./shortcodes.ts";

type Handler = NonNullable<RehypeRemarkOptions["handlers"]>[string];

function isElement(node: unknown, tagName: string): node is Element {
  if (typeof node !== "object" || node === null) return false;
  const candidate = node as Partial<Element>;
  return candidate.type === "element" && candidate.tagName === tagName;
}

function isLinkedImage(node: unknown): node is Element {
  return isElement(node, "a") && node.children.length === 1 && isElement(node.children[0], "img");
}

/** The one image of a figure, possibly wrapped in a link, or undefined. */
function figureImage(figure: Element): Element | undefined {
  const content = figure.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  const [media, caption, ...rest] = content;
  if (rest.length > 0 || !isElement(caption, "figcaption")) return undefined;
  return isElement(media, "img") || isLinkedImage(media) ? media : undefined;
}

/**
 * An image with a caption stays a `<figure>` (Markdown has no captions); the site's own
 * pipeline renders and sanitizes it like any raw HTML in a brief. Any other figure (a table,
 * an embed) is unwrapped into Markdown, its caption becoming a paragraph.
 */
const figure: Handler = (state, node) => {
  if (figureImage(node)) {
    const html = toHtml(node).replace(/\s*\n\s*/g, " ");
    return { type: "html", value: html };
  }
  return state.toFlow(state.all(node));
};

/** Sub- and superscripts carry meaning (H₂O, footnote marks) and have no Markdown form. */
const keepAsHtml: Handler = (_state, node) => ({ type: "html", value: toHtml(node) });

/** A block-editor footnote mark (see rehype-wordpress-anchors.ts) is Markdown's `[^n]`; any other `<sup>` stays HTML. */
const sup: Handler = (state, node, parent) => {
  const label = footnoteLabel(node);
  return label ? { type: "footnoteReference", identifier: label, label } : keepAsHtml(state, node, parent);
};

const markdownProcessor = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeWordpressMedia)
  .use(rehypeWordpressImages)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeWordpressAnchors, { clobberPrefix: sanitizeSchema.clobberPrefix ?? "" })
  .use(rehypeRemark, { handlers: { figure, sub: keepAsHtml, sup } })
  .use(remarkTidyWordpress)
  .use(remarkGfm)
  .use(remarkStringify, {
    bullet: "-",
    emphasis: "_",
    strong: "*",
    fence: "`",
    fences: true,
    rule: "-",
    listItemIndent: "one",
  })
  .freeze();

export interface ConvertedBody {
  markdown: string;
  warnings: string[];
}

export interface BodyOptions {
  /** Literal URL prefixes to replace, e.g. the old uploads folder with a new one. */
  rewriteUrls?: readonly (readonly [from: string, to: string])[];
  /** The post the body belongs to: its attachments, footnotes and imported media. */
  context?: PostContext;
}

/** Applies `--rewrite-url` prefixes to a whole HTML string or one URL. */
export function rewriteUrls(text: string, rewrites: BodyOptions["rewriteUrls"] = []): string {
  return rewrites.reduce((result, [from, to]) => result.replaceAll(from, to), text);
}

/**
 * WordPress post content (classic or block editor) → clean Markdown, through the same
 * sanitizer the site applies to every brief.
 */
export function wordpressHtmlToMarkdown(content: string, options: BodyOptions = {}): ConvertedBody {
  const context = options.context ?? emptyPostContext();
  const blockEditor = isBlockEditorContent(content);
  const withoutComments = rewriteUrls(content, options.rewriteUrls).replace(/<!--[\s\S]*?-->/g, "");
  const { html: expanded, warnings } = expandShortcodes(withoutComments, context);
  const linked = linkBareEmbedUrls(expanded);
  const html = blockEditor ? linked : autop(linked);
  const file = markdownProcessor.processSync(new VFile({ value: html, data: { wordpress: context } }));
  for (const message of file.messages) warnings.push(message.reason);
  const notes = (file.data.footnoteOrder ?? []).map((id, index) => {
    // A note is converted like a body of its own; it has no notes of its own to number.
    const note = wordpressHtmlToMarkdown(context.footnotes.get(id) ?? "", {
      ...options,
      context: { ...context, footnotes: new Map() },
    });
    warnings.push(...note.warnings);
    return `[^${index + 1}]: ${note.markdown.replace(/\n(?=.)/g, "\n    ")}`;
  });
  return { markdown: [String(file).trim(), ...notes].filter(Boolean).join("\n\n"), warnings };
}

const textProcessor = unified().use(rehypeParse, { fragment: true }).use(rehypeSanitize, sanitizeSchema).freeze();

/** Plain text of a WordPress title or excerpt: tags removed, entities decoded, spaces collapsed. */
export function htmlToPlainText(html: string): string {
  // Most titles are plain text; parsing them as HTML would change nothing.
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, " ").trim();
  const tree = textProcessor.runSync(textProcessor.parse(html));
  return toString(tree).replace(/\s+/g, " ").trim();
}
