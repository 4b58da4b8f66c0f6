import type { Root } from "hast";
import { visit } from "unist-util-visit";

export interface InPageLinksOptions {
  /** What the sanitizer puts before every id from Markdown (`sanitizeSchema.clobberPrefix`). */
  clobberPrefix: string;
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * Gives in-page links the treatment the sanitizer gave their targets. The sanitizer
 * prefixes every id an editor wrote (`id="notes"` → `id="user-content-notes"`) so a body
 * cannot take over one of the page's own ids, but it leaves `href="#notes"` as written, and
 * the link would lead nowhere. Runs after every step that adds ids (the heading ids too), so
 * a link keeps its target when that id exists as written (a heading's generated id) and is
 * pointed at the prefixed id when only that exists. Links to ids that exist in neither form
 * are left as they are, for the link checker to report.
 */
export function rehypeInPageLinks(options: InPageLinksOptions) {
  return (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, "element", (node) => {
      if (typeof node.properties.id === "string") ids.add(node.properties.id);
    });
    visit(tree, "element", (node) => {
      const href = node.properties.href;
      if (node.tagName !== "a" || typeof href !== "string" || !href.startsWith("#") || href.length < 2) return;
      const target = decodeFragment(href.slice(1));
      if (ids.has(target)) return;
      const prefixed = `${options.clobberPrefix}${target}`;
      if (ids.has(prefixed)) node.properties.href = `#${prefixed}`;
    });
  };
}
