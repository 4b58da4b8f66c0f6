import type { Root, RootContent } from "mdast";
import type { Processor } from "unified";
import { SKIP, visit } from "unist-util-visit";

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);
/** Elements whose content the HTML parser reads as text up to their own end tag. */
const RAW_TEXT = new Set([
  "script",
  "style",
  "textarea",
  "title",
  "xmp",
  "iframe",
  "noembed",
  "noframes",
  "noscript",
  "plaintext",
]);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/**
 * Keeps each piece of raw HTML in a brief from swallowing the Markdown after it.
 *
 * An unclosed `<style>` or `<!--` makes Markdown treat the rest of the file as one HTML
 * block, and the HTML parser reads all raw fragments as one stream, so an unclosed `<svg>`
 * or a tag cut off mid-attribute would pull every later paragraph into it; the sanitizer
 * would then delete the lot. Here such a block ends at its first blank line (the rest is
 * Markdown again), elements left open are closed inside their own block, and a fragment
 * that ends inside a tag or comment is shown as text. The sanitizer still decides what
 * survives; this only limits the blast radius.
 */
export function remarkContainRawHtml(this: Processor) {
  const parseMarkdown = (markdown: string) => this.parse(markdown) as Root;
  return (tree: Root) => {
    // Inline HTML comes as separate nodes for each tag (`<sup>`, text, `</sup>`), so an
    // element is closed at the end of its paragraph, heading or cell, not of its node.
    visit(tree, (node) => {
      if (node.type !== "paragraph" && node.type !== "heading" && node.type !== "tableCell") return;
      const inline: string[] = [];
      visit(node, "html", (html) => void inline.push(html.value));
      const closers = closingTags(inline.join(""));
      if (closers) node.children.push({ type: "html", value: closers });
      return SKIP;
    });
    visit(tree, "html", (node, index, parent) => {
      if (!parent || index === undefined || !FLOW_PARENTS.has(parent.type)) return;
      if (!closingTags(node.value) && !endsInsideMarkup(node.value)) return;
      const blankLine = /\r?\n[ \t]*\r?\n/.exec(node.value);
      let rest: RootContent[] = [];
      if (blankLine && parent.type === "root") {
        rest = parseMarkdown(node.value.slice(blankLine.index + blankLine[0].length)).children;
        node.value = node.value.slice(0, blankLine.index);
      }
      let contained: RootContent = { type: "html", value: node.value + closingTags(node.value) };
      if (endsInsideMarkup(node.value)) {
        const text = { type: "text", value: node.value } as const;
        contained = parent.type === "root" ? { type: "paragraph", children: [text] } : text;
      }
      parent.children.splice(index, 1, contained as never, ...(rest as never[]));
      return index + 1;
    });
  };
}

/** Containers whose HTML children are whole blocks rather than single inline tags. */
const FLOW_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

function endsInsideMarkup(html: string): boolean {
  const lastComment = html.lastIndexOf("<!--");
  if (lastComment !== -1 && !html.includes("-->", lastComment + 4)) return true;
  const lastOpen = html.lastIndexOf("<");
  return lastOpen !== -1 && !html.includes(">", lastOpen);
}

/**
 * End tags for the elements `html` opens but does not close, innermost first, so each
 * block's raw HTML is balanced on its own. Raw-text elements (`<style>`, `<script>`…) are
 * skipped to their end tag, as the browser's parser would.
 */
function closingTags(html: string): string {
  const open: string[] = [];
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const [, slash, rawName, selfClosing] = match;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (slash) {
      const at = open.lastIndexOf(name);
      if (at !== -1) open.length = at;
    } else if (!VOID.has(name) && !selfClosing) {
      open.push(name);
      if (RAW_TEXT.has(name)) {
        const end = html.toLowerCase().indexOf(`</${name}`, TAG.lastIndex);
        if (end === -1) break;
        TAG.lastIndex = end;
      }
    }
  }
  return open
    .reverse()
    .map((name) => `</${name}>`)
    .join("");
}
