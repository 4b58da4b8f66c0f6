import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

/** A URL with a scheme (`https:`, `data:`, `javascript:`…): not a file next to the brief. */
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;
const REMOTE = /^https?:\/\//i;
/** The `src` of each `<img>` in a raw HTML block (imported figures and galleries are HTML). */
const RAW_IMG_SRC = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/**
 * Records the images a brief body shows in `file.data.astro`, the fields Astro's content
 * store keeps: `localImagePaths` (paths relative to the brief's file) and
 * `remoteImagePaths` (http and https URLs), each once, in order of appearance. Site-absolute
 * paths (files in `public/`) and other schemes are neither. Reference-style images count
 * through their definitions, and so do `<img>` tags in raw HTML. The images themselves stay plain `<img>` elements: this only
 * tells later build steps what a body refers to.
 */
export function remarkImagePaths() {
  return (tree: Root, file: VFile) => {
    const definitions = new Map<string, string>();
    const shown: ({ url: string } | { reference: string })[] = [];
    visit(tree, (node) => {
      if (node.type === "definition") definitions.set(node.identifier, node.url);
      else if (node.type === "image") shown.push({ url: node.url });
      else if (node.type === "imageReference") shown.push({ reference: node.identifier });
      else if (node.type === "html") {
        for (const match of node.value.matchAll(RAW_IMG_SRC)) {
          const url = match[1] ?? match[2] ?? match[3] ?? "";
          // Only plain relative paths: a character reference or a colon may hide a scheme
          // (`&#106;avascript:`), which the sanitizer removes anyway.
          if (!/[&:]/.test(url)) shown.push({ url });
        }
      }
    });
    const local = new Set<string>();
    const remote = new Set<string>();
    for (const image of shown) {
      const url = "url" in image ? image.url : definitions.get(image.reference);
      if (!url) continue;
      if (REMOTE.test(url)) remote.add(url);
      else if (!HAS_SCHEME.test(url) && !url.startsWith("/")) local.add(url);
    }
    file.data.astro = { ...file.data.astro, localImagePaths: [...local], remoteImagePaths: [...remote] };
  };
}
