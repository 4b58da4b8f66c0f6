import type { Root } from "hast";
import { visit } from "unist-util-visit";

export interface ExternalLinksOptions {
  /** The site's own origin; links to it are internal. */
  siteUrl: string;
}

/**
 * Adds `rel="noopener noreferrer"` to links that leave the site, so a linked page can
 * neither script this tab through `window.opener` nor learn which brief sent the reader.
 */
export function rehypeExternalLinks(options: ExternalLinksOptions) {
  const ownHost = new URL(options.siteUrl).host;
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      if (node.tagName !== "a") return;
      const href = node.properties.href;
      if (typeof href !== "string" || !/^https?:\/\//i.test(href)) return;
      let host: string;
      try {
        host = new URL(href).host;
      } catch {
        return;
      }
      if (host !== ownHost) node.properties.rel = ["noopener", "noreferrer"];
    });
  };
}
