import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";

/** Blocks that are not prose: headings, quotes, lists, tables, code, HTML, rules, images. */
const NOT_PROSE = /^(#{1,6}\s|>|[-*+]\s|\d+[.)]\s|\||```|~~~|<|!\[|(?:[-*_]\s*){3,}$)/;

/**
 * Plain text of a brief's first paragraph, used as its summary when the front matter
 * has none. Only that one block is parsed, so this stays cheap on a 10,000-brief archive.
 */
export function firstParagraph(markdown: string): string {
  for (const block of markdown.split(/\r?\n\s*\r?\n/)) {
    const trimmed = block.trim();
    if (!trimmed || NOT_PROSE.test(trimmed)) continue;
    const text = toString(fromMarkdown(trimmed)).replace(/\s+/g, " ").trim();
    if (text) return text;
  }
  return "";
}

/**
 * Shortens text to at most `maxLength` characters at a word boundary, adding an ellipsis,
 * as the seed's related-content cards do ("…signs of…").
 */
export function excerpt(text: string, maxLength = 160): string {
  const clean = text.replace(/\s+/g, " ").trim();
  const characters = Array.from(clean);
  if (characters.length <= maxLength) return clean;
  const cut = characters.slice(0, maxLength - 1).join("");
  const atWord = cut.replace(/\s+\S*$/, "");
  return `${(atWord || cut).replace(/[\s,;:.\-–—]+$/, "")}…`;
}
