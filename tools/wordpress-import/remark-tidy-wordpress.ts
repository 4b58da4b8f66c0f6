import type { ListItem, Nodes, Parent, PhrasingContent, Root } from "mdast";
import { visit } from "unist-util-visit";

type Wrapper = Extract<PhrasingContent, { type: "strong" | "emphasis" | "delete" }>;
const WRAPPERS = new Set(["strong", "emphasis", "delete"]);

function isWrapper(node: Nodes): node is Wrapper {
  return WRAPPERS.has(node.type);
}

/** A list item is tight when it holds one paragraph, optionally followed by nested lists. */
function isTight(item: ListItem): boolean {
  const [first, ...rest] = item.children;
  return (first === undefined || first.type === "paragraph") && rest.every((child) => child.type === "list");
}

/**
 * Tidies what WordPress HTML leaves behind once converted, so the Markdown reads as an
 * editor would have typed it:
 * - `<strong>Bold </strong>text` keeps its space outside the markers (`**Bold** text`),
 *   where Markdown needs it, instead of an encoded `&#x20;`;
 * - `<strong>` inside `<strong>` is one run of bold;
 * - preformatted lines (verse, code) lose their trailing spaces;
 * - lists whose items are single lines are tight (no blank line between items), since
 *   classic-editor lists often gain stray paragraphs in conversion.
 */
export function remarkTidyWordpress() {
  return (tree: Root) => {
    visit(tree, (node: Nodes) => {
      // Spaces at the end of a preformatted line show nothing and fail HTML validation.
      if (node.type === "code") node.value = node.value.replace(/[ \t]+$/gm, "");
      if (node.type === "list") {
        const list = node;
        for (const item of list.children) item.spread = !isTight(item);
        list.spread = list.children.some((item) => item.spread);
      }
      if (!("children" in node)) return;
      const parent = node as Parent;
      // Phrasing nodes are only ever replaced by phrasing nodes, so the parent's type holds.
      parent.children = parent.children.flatMap((child) =>
        tidyPhrasing(child as Nodes, parent as Nodes),
      ) as Parent["children"];
    });
  };
}

function tidyPhrasing(child: Nodes, parent: Nodes): Nodes[] {
  if (!isWrapper(child)) return [child];
  // Bold inside bold (or italic inside italic) adds nothing but odd markers.
  if (parent.type === child.type) return child.children;
  const inner = child.children;
  const before: Nodes[] = [];
  const after: Nodes[] = [];
  const first = inner[0];
  if (first?.type === "text" && /^\s/.test(first.value)) {
    first.value = first.value.replace(/^\s+/, "");
    before.push({ type: "text", value: " " });
  }
  const last = inner[inner.length - 1];
  if (last?.type === "text" && /\s$/.test(last.value)) {
    last.value = last.value.replace(/\s+$/, "");
    after.push({ type: "text", value: " " });
  }
  const empty = inner.every((node) => node.type === "text" && node.value === "");
  return empty ? [...before, ...after].slice(0, 1) : [...before, child, ...after];
}
