import type { Schema } from "hast-util-sanitize";

/**
 * The allow-list every piece of HTML from Markdown or front matter passes through.
 *
 * Written out in full rather than extending rehype-sanitize's default so a reviewer can
 * see exactly what an editor (or an imported WordPress post) can put on a page: prose,
 * lists, tables, quotes, images and links with safe protocols. Anything not listed is
 * removed; `strip` elements go with their content, so a `<script>` body never becomes text.
 */
export const sanitizeSchema: Schema = {
  tagNames: [
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "dfn",
    "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr",
    "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "section",
    "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
    "time", "tr", "u", "ul",
  ],
  // No <h1>: a brief's title is the page's only one. Elements not listed (and not in `strip`)
  // are unwrapped, so a stray <h1> or <font> keeps its text.
  attributes: {
    a: ["href", "title", ["dataFootnoteRef", true], ["dataFootnoteBackref", true], "ariaDescribedBy", "ariaLabel"],
    abbr: ["title"],
    blockquote: ["cite"],
    code: [["className", /^language-[\w-]+$/]],
    del: ["cite", "dateTime"],
    h2: [["className", "sr-only"], "id"],
    img: ["src", "alt", "title", "width", "height"],
    ins: ["cite", "dateTime"],
    li: ["id"],
    ol: ["start", "reversed"],
    q: ["cite"],
    section: [["dataFootnotes", true], ["className", "footnotes"]],
    td: ["align", "colSpan", "rowSpan"],
    th: ["align", "colSpan", "rowSpan", "scope"],
    time: ["dateTime"],
    "*": ["lang", "dir"],
  },
  required: {},
  protocols: {
    href: ["http", "https", "mailto", "tel"],
    cite: ["http", "https"],
    src: ["http", "https"],
  },
  // Ids from Markdown (footnotes, explicit ids) cannot clobber the page's own ids.
  clobberPrefix: "user-content-",
  clobber: ["ariaDescribedBy", "ariaLabelledBy", "id", "name"],
  strip: [
    "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math",
    "textarea", "select", "option", "title", "xmp", "plaintext", "noembed", "noframes",
  ],
  allowComments: false,
  allowDoctypes: false,
};
