import type { Element, ElementContent, Root } from "hast";
import { toString } from "hast-util-to-string";

export interface AnalysisSectionOptions {
  /** Heading texts that open the analysis, e.g. "InSight Crime Analysis", "Análisis de InSight Crime". */
  headings: readonly string[];
  /** Id given to the heading so the section can be labelled by it. */
  id?: string;
}

const normalize = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Wraps a brief's "<Org> Analysis" heading and everything after it, up to the next
 * heading of the same level, in `<section class="analysis" aria-labelledby>`, so the
 * newsroom's interpretation is set apart from the reported facts as on the seed page.
 * Only top-level headings count: a quoted or listed heading is left alone.
 */
export function rehypeAnalysisSection(options: AnalysisSectionOptions) {
  const wanted = new Set(options.headings.map(normalize));
  const id = options.id ?? "analysis";
  return (tree: Root) => {
    const start = tree.children.findIndex(
      (node) => node.type === "element" && /^h[2-6]$/.test(node.tagName) && wanted.has(normalize(toString(node))),
    );
    if (start === -1) return;
    const heading = tree.children[start] as Element;
    let end = start + 1;
    while (end < tree.children.length) {
      const node = tree.children[end]!;
      if (node.type === "element" && node.tagName === heading.tagName) break;
      end += 1;
    }
    heading.properties = { ...heading.properties, id };
    const section: Element = {
      type: "element",
      tagName: "section",
      properties: { className: ["analysis"], ariaLabelledBy: [id] },
      children: tree.children.slice(start, end) as ElementContent[],
    };
    tree.children.splice(start, end - start, section);
  };
}
