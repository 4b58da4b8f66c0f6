/** Elements that start their own block, so blank lines around them are not paragraphs. */
const BLOCK_TAGS =
  "address|article|aside|blockquote|caption|col|colgroup|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hgroup|hr|li|menu|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul";

const OPENING_BLOCK = new RegExp(`<(?:${BLOCK_TAGS})(?=[\\s/>])`, "gi");
const CLOSING_BLOCK = new RegExp(`</(?:${BLOCK_TAGS})>`, "gi");
const STARTS_WITH_BLOCK = new RegExp(`^</?(?:${BLOCK_TAGS})(?=[\\s/>])`, "i");

/** Block-editor content marks every block with an HTML comment such as `<!-- wp:paragraph -->`. */
export function isBlockEditorContent(content: string): boolean {
  return /<!--\s*\/?wp:/.test(content);
}

/**
 * Paragraphs for classic-editor content, after WordPress's `wpautop`: text separated by a
 * blank line is a paragraph, a single line break inside one is a `<br>`, and block-level
 * elements are left as they are. `<pre>` keeps its line breaks untouched.
 *
 * A simplified port: the HTML parser that runs next repairs any nesting this leaves odd.
 */
export function autop(content: string): string {
  const preformatted: string[] = [];
  let text = content
    .replace(/\r\n?/g, "\n")
    .replace(/<pre[\s>][\s\S]*?<\/pre>/gi, (pre) => `<pre data-autop="${preformatted.push(pre) - 1}"></pre>`)
    .replace(OPENING_BLOCK, "\n\n$&")
    .replace(CLOSING_BLOCK, "$&\n\n")
    .replace(/<hr\s*\/?>/gi, "$&\n\n");
  text = text
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== "")
    .map((chunk) => (STARTS_WITH_BLOCK.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, "<br>\n")}</p>`))
    .join("\n");
  return text.replace(/<pre data-autop="(\d+)"><\/pre>/g, (_match, index: string) => preformatted[Number(index)] ?? "");
}
