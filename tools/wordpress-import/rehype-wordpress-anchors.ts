import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import Slugger from "github-slugger";
import { SKIP, visit } from "unist-util-visit";
import type { VFile } from "vfile";

/** Marks a `<sup>` that becomes Markdown footnote reference `[^n]` (read by the `sup` handler). */
export const FOOTNOTE_LABEL = "dataWordpressFootnote";

const HEADING = /^h[1-6]$/;

/**
 * In-page links of a WordPress post, made to work once the post is Markdown, where only
 * headings get ids (the site gives each heading the id GitHub would):
 * - a block-editor footnote mark (`<sup data-fn><a href="#id">`) becomes footnote `[^n]`,
 *   numbered in reading order; the notes themselves are appended by the caller
 *   (`file.data.footnoteOrder`);
 * - a link to a heading (a table of contents) points at the id the site will give it;
 * - a link to anything else, or to an id the post does not have, keeps its text and loses
 *   the link, counted for the report.
 * Runs after the sanitizer, which has prefixed every id (`clobberPrefix`).
 */
export function rehypeWordpressAnchors(options: { clobberPrefix: string }) {
  return (tree: Root, file: VFile) => {
    const footnotes = file.data.wordpress?.footnotes ?? new Map<string, string>();
    const slugger = new Slugger();
    const headingIds = new Map<string, string>();
    const idOf = (element: Element) =>
      typeof element.properties.id === "string" ? element.properties.id.slice(options.clobberPrefix.length) : undefined;
    // Empty anchors (`<a id="x"></a>`, the classic editor's jump targets) waiting for the next heading.
    let waiting: string[] = [];
    visit(tree, "element", (element) => {
      const anchor = element.tagName === "a" && element.children.length === 0 ? idOf(element) : undefined;
      if (anchor !== undefined) waiting.push(anchor);
      if (!HEADING.test(element.tagName)) return;
      // Every heading takes a slug, in order, as the site's heading ids will. An id inside a
      // heading (table-of-contents plugins put a `<span id>` there) stands for the heading, and
      // so does an empty anchor just before it.
      const slug = slugger.slug(toString(element));
      visit(element, "element", (inside) => {
        const id = idOf(inside);
        if (id !== undefined) headingIds.set(id, slug);
      });
      for (const id of waiting) headingIds.set(id, slug);
      waiting = [];
      return SKIP;
    });
    // The anchors have done their job; in Markdown they would be empty links.
    visit(tree, "element", (element, index, parent) => {
      if (element.tagName !== "a" || element.children.length > 0 || element.properties.href !== undefined) return;
      if (parent === undefined || index === undefined) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
    const order: string[] = [];
    let unlinked = 0;
    visit(tree, "element", (element, index, parent) => {
      const link =
        element.tagName === "sup"
          ? element.children.find((child): child is Element => child.type === "element")
          : element;
      if (link?.tagName !== "a") return;
      const href = typeof link.properties.href === "string" ? link.properties.href : "";
      if (!href.startsWith("#")) return;
      const target = href.slice(1);
      if (element.tagName === "sup" && footnotes.has(target)) {
        if (!order.includes(target)) order.push(target);
        element.properties[FOOTNOTE_LABEL] = String(order.indexOf(target) + 1);
        return SKIP;
      }
      if (element.tagName !== "a") return;
      const heading = headingIds.get(target);
      if (heading !== undefined) {
        element.properties.href = `#${heading}`;
        return;
      }
      if (parent === undefined || index === undefined) return;
      unlinked += 1;
      parent.children.splice(index, 1, ...element.children);
      return [SKIP, index];
    });
    file.data.footnoteOrder = order;
    if (unlinked > 0) {
      file.message(
        `${unlinked} in-page link(s) led to something Markdown cannot keep an id on, or to nothing; kept as text`,
      );
    }
    const unused = [...footnotes.keys()].filter((id) => !order.includes(id)).length;
    if (unused > 0) file.message(`${unused} footnote(s) are not referenced in the text and were left out`);
  };
}

declare module "vfile" {
  interface DataMap {
    /** Footnote ids in the order the text first refers to them. */
    footnoteOrder: string[];
  }
}

/** Whether a `<sup>` was marked as a footnote reference, and its label. */
export function footnoteLabel(element: Element): string | undefined {
  const label = element.properties[FOOTNOTE_LABEL];
  return typeof label === "string" ? label : undefined;
}
