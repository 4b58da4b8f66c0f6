import type { Root, RootContent } from "mdast";
import type { Processor } from "unified";
import { visit } from "unist-util-visit";
import { sanitizeSchema } from "./sanitize-schema.ts";

/**
 * Elements that must not stay open past their fragment: raw-text elements (the parser
 * reads everything up to their end tag as text) and everything the sanitizer removes
 * together with its content (an open `<svg>` would take the following paragraphs with it).
 */
const MUST_CLOSE = [
  ...new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", ...(sanitizeSchema.strip ?? [])]),
];

/**
 * Keeps each piece of raw HTML in a brief from swallowing the Markdown after it.
 *
 * An unclosed `<style>` or `<!--` makes Markdown treat the rest of the file as one HTML
 * block, and the HTML parser reads all raw fragments as one stream, so an unclosed `<svg>`
 * or a tag cut off mid-attribute would pull every later paragraph into it; the sanitizer
 * would then delete the lot. Here such a block ends at its first blank line (the rest is
 * Markdown again), an element left open is closed inside its own fragment, and a fragment
 * that ends inside a tag or comment is shown as text. The sanitizer still decides what
 * survives; this only limits the blast radius.
 */
export function remarkContainRawHtml(this: Processor) {
  const parseMarkdown = (markdown: string) => this.parse(markdown) as Root;
  return (tree: Root) => {
    visit(tree, "html", (node, index, parent) => {
      if (!parent || index === undefined) return;
      const closers = closingTags(node.value);
      const broken = endsInsideMarkup(node.value);
      if (!closers && !broken) return;
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

function endsInsideMarkup(html: string): boolean {
  const lastComment = html.lastIndexOf("<!--");
  if (lastComment !== -1 && html.indexOf("-->", lastComment + 4) === -1) return true;
  const lastOpen = html.lastIndexOf("<");
  return lastOpen !== -1 && html.indexOf(">", lastOpen) === -1;
}

/** End tags for elements the fragment opens but does not close, innermost first. */
function closingTags(html: string): string {
  const lower = html.toLowerCase();
  return MUST_CLOSE.map((tag) => {
    const opens = [...lower.matchAll(new RegExp(`<${tag}[\\s/>]`, "g"))];
    const closes = lower.match(new RegExp(`</${tag}\\s*>`, "g"))?.length ?? 0;
    return { tag, unclosed: opens.length > closes, lastOpen: opens.at(-1)?.index ?? -1 };
  })
    .filter((element) => element.unclosed)
    .sort((a, b) => b.lastOpen - a.lastOpen)
    .map((element) => `</${element.tag}>`)
    .join("");
}
