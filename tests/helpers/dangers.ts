import type { Element } from "hast";
import { toString } from "hast-util-to-string";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { sanitizeSchema } from "../../src/markdown/sanitize-schema.ts";

const parseHtml = unified().use(rehypeParse);
const urlProperties = ["href", "src", "cite", "action", "formAction", "poster", "srcSet", "xLinkHref"];
const safeSchemes = ["http", "https", "mailto", "tel"];

/**
 * Everything in an HTML document or fragment that could run: event handlers, style
 * attributes, URLs with unsafe schemes, and (when `allowedTags` is given) any element
 * outside it. Text that merely looks like code is not a danger: it is escaped.
 */
export function dangers(html: string, allowedTags?: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const tree = parseHtml.parse(html);
  visit(tree, "element", (node: Element) => {
    if (allowedTags && !allowedTags.has(node.tagName)) found.push(`element <${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`event handler ${name} on <${node.tagName}>`);
      if (urlProperties.includes(name)) {
        // Browsers skip control characters and spaces in a URL's scheme, so an attack may hide behind them.
        // eslint-disable-next-line no-control-regex -- those control characters are exactly what is removed.
        const url = String(value).replace(/[\u0000-\u0020]/g, "");
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
        if (scheme && !safeSchemes.includes(scheme)) found.push(`${name}=${url} on <${node.tagName}>`);
      }
    }
  });
  return found;
}

/** Elements the brief-body allow-list permits, plus what a parsed fragment is wrapped in. */
export const bodyTags: ReadonlySet<string> = new Set([...(sanitizeSchema.tagNames ?? []), "html", "head", "body"]);

/** Inline `style` attributes anywhere in a fragment. */
export function styleAttributes(html: string): number {
  let count = 0;
  visit(parseHtml.parse(html), "element", (node: Element) => {
    if ("style" in node.properties) count += 1;
  });
  return count;
}

/**
 * Text of every inline `<script>` a browser would run (scripts with `src` have none; JSON-LD
 * and other data blocks are never executed, and their `<` is escaped anyway).
 */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  visit(parseHtml.parse(html), "element", (node: Element) => {
    const type = node.properties.type ?? "";
    if (node.tagName === "script" && !/json/i.test(type)) scripts.push(toString(node));
  });
  return scripts.filter(Boolean);
}
