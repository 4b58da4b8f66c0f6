import type { Element, ElementContent, Root } from "hast";
import { visit, SKIP } from "unist-util-visit";

/** Elements that load something from another site; each becomes a link to what it loaded. */
const EMBEDDING = new Set(["iframe", "embed", "object", "video", "audio"]);

function sourceOf(element: Element): string | undefined {
  const direct = element.properties.src ?? element.properties.data;
  if (typeof direct === "string" && /^https?:\/\//i.test(direct)) return direct;
  for (const child of element.children) {
    if (child.type === "element" && child.tagName === "source") {
      const src = child.properties.src;
      if (typeof src === "string" && /^https?:\/\//i.test(src)) return src;
    }
  }
  return undefined;
}

function link(url: string): Element {
  return {
    type: "element",
    tagName: "p",
    properties: {},
    children: [{ type: "element", tagName: "a", properties: { href: url }, children: [{ type: "text", value: url }] }],
  };
}

/**
 * Prepares WordPress HTML for the site's sanitizer, which would otherwise drop parts a reader
 * needs:
 * - embedded players (`<iframe>`, `<video>`, …) become links to what they played, since the
 *   site makes no third-party requests and the sanitizer strips them with their content;
 * - `<h1>` becomes `<h2>`, since the brief's title is the page's only `<h1>`;
 * - `<a name>` gets the same `id`, so links to it can be followed (rehype-wordpress-anchors.ts).
 * Images are prepared by rehype-wordpress-images.ts.
 */
export function rehypeWordpressMedia() {
  return (tree: Root) => {
    visit(tree, "element", (element, index, parent) => {
      if (element.tagName === "h1") element.tagName = "h2";
      // `<a name="x">` is the classic editor's jump target; the sanitizer keeps ids, not names.
      if (
        element.tagName === "a" &&
        typeof element.properties.name === "string" &&
        element.properties.id === undefined
      ) {
        element.properties.id = element.properties.name;
      }
      if (!EMBEDDING.has(element.tagName) || parent === undefined || index === undefined) return;
      const url = sourceOf(element);
      const replacement: ElementContent[] = url ? [link(url)] : [];
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
