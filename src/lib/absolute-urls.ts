import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/** Attributes holding one URL a reader's client follows or loads. */
const URL_ATTRIBUTES = ["href", "src", "cite", "poster"] as const;

const parser = unified().use(rehypeParse, { fragment: true });

function resolve(value: string, base: string): string {
  // A fragment stays a fragment of the page it now sits on; anything unparsable is left as written.
  return URL.parse(value, base)?.href ?? value;
}

function resolveSrcset(value: string, base: string): string {
  return value
    .split(",")
    .map((candidate) => {
      const [url = "", ...descriptors] = candidate.trim().split(/\s+/);
      return [resolve(url, base), ...descriptors].join(" ");
    })
    .join(", ");
}

/**
 * `html` with every link and image URL made absolute against `base` (the page the HTML
 * comes from), for HTML read away from its page: in a feed reader, `/news/x/` or
 * `../images/a.jpg` would otherwise point at the reader's own host.
 */
export function withAbsoluteUrls(html: string, base: string): string {
  const tree: Root = parser.parse(html);
  visit(tree, "element", (element: Element) => {
    const { properties } = element;
    for (const name of URL_ATTRIBUTES) {
      const value = properties[name];
      if (typeof value === "string") properties[name] = resolve(value, base);
    }
    const srcset = properties.srcSet;
    if (Array.isArray(srcset)) properties.srcSet = resolveSrcset(srcset.join(", "), base);
    else if (typeof srcset === "string") properties.srcSet = resolveSrcset(srcset, base);
  });
  return toHtml(tree, { characterReferences: { useNamedReferences: true } });
}
