/**
 * WordPress shortcodes (`[caption]…[/caption]`, `[embed]…`), expanded to the HTML WordPress
 * would have shown, so the HTML-to-Markdown step sees ordinary elements.
 *
 * Only shortcodes with a static meaning are expanded, galleries among them (from the
 * export's attachments). The rest (plugin shortcodes) need the old site's code to render;
 * they are kept as text and reported so an editor can replace them by hand.
 */
import { escapeHtmlSource } from "../../src/lib/escape.ts";
import type { Attachment } from "./media.ts";
import type { PostContext } from "./post-context.ts";

export interface ShortcodeResult {
  html: string;
  /** One sentence per shortcode that was kept as text. */
  warnings: string[];
}

export interface Shortcode {
  name: string;
  /** Named attributes; positional ones are under "0", "1", … */
  attributes: Record<string, string>;
  /** Inner text of an enclosing shortcode, or undefined for `[name]` alone. */
  content: string | undefined;
}

/** Names WordPress core and common plugins register; used to tell `[gallery]` from `[sic]`. */
const KNOWN_SHORTCODES = new Set([
  "audio",
  "caption",
  "embed",
  "gallery",
  "playlist",
  "video",
  "wp_caption",
  "contact-form",
  "googlemaps",
  "instagram",
  "soundcloud",
  "tweet",
  "vimeo",
  "videopress",
  "wpvideo",
  "youtube",
]);

const MEDIA_SOURCE_ATTRIBUTES = ["src", "mp3", "m4a", "ogg", "wav", "mp4", "m4v", "webm", "ogv", "wmv", "flv", "0"];

/** WordPress's own shortcode grammar: `[[x]]` escapes, `[x /]` self-closes, `[x]…[/x]` encloses. */
const SHORTCODE =
  /\[(\[?)([A-Za-z][\w-]*)(?![\w-])([^\]/]*(?:\/(?!\])[^\]/]*)*?)(?:(\/)\]|\](?:([^[]*(?:\[(?!\/\2\])[^[]*)*)\[\/\2\])?)(\]?)/g;

const ATTRIBUTE =
  /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g;

/** Attributes of a shortcode, as WordPress's `shortcode_parse_atts` reads them. */
export function parseShortcodeAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  let position = 0;
  for (const match of text.replace(/[\u00a0\u200b]/g, " ").matchAll(ATTRIBUTE)) {
    const [, n1, v1, n2, v2, n3, v3, p1, p2, p3] = match;
    const name = n1 ?? n2 ?? n3;
    if (name !== undefined) attributes[name.toLowerCase()] = v1 ?? v2 ?? v3 ?? "";
    else attributes[String(position++)] = p1 ?? p2 ?? p3 ?? "";
  }
  return attributes;
}

// URLs come from the post's HTML, where `&` may already be written `&amp;`.
function linkParagraph(url: string): string {
  return `\n\n<p><a href="${escapeHtmlSource(url)}">${escapeHtmlSource(url)}</a></p>\n\n`;
}

/**
 * `[caption]<img …> Text[/caption]` → `<figure><img …><figcaption>Text</figcaption></figure>`.
 * Old exports put the caption in a `caption` attribute instead of after the image.
 */
function expandCaption(shortcode: Shortcode): string | undefined {
  const content = shortcode.content ?? "";
  const match = /^\s*((?:<a\s[^>]*>\s*)?<img\s[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(content);
  if (!match) return undefined;
  const caption = (shortcode.attributes["caption"] ?? match[2] ?? "").trim();
  const figcaption = caption ? `<figcaption>${caption}</figcaption>` : "";
  return `\n\n<figure>${match[1]}${figcaption}</figure>\n\n`;
}

function mediaUrl(shortcode: Shortcode): string | undefined {
  for (const key of MEDIA_SOURCE_ATTRIBUTES) {
    const value = shortcode.attributes[key];
    if (value && /^https?:\/\//i.test(value)) return value;
  }
  const inner = shortcode.content?.trim();
  return inner && /^https?:\/\/\S+$/i.test(inner) ? inner : undefined;
}

/**
 * `[gallery]` as WordPress shows it: the listed attachments (`ids` or `include`), else those
 * uploaded to the post, in the media library's order; written as the gallery block's markup,
 * which rehype-wordpress-images.ts turns into a list of figures.
 */
function expandGallery(shortcode: Shortcode, context: GalleryContext): string | undefined {
  const listed = (shortcode.attributes["ids"] ?? shortcode.attributes["include"] ?? "")
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
  const excluded = new Set((shortcode.attributes["exclude"] ?? "").split(",").map((id) => id.trim()));
  const images: Attachment[] =
    listed.length > 0
      ? listed.flatMap((id) => context.attachments.get(id) ?? [])
      : [...context.attachments.values()]
          .filter((attachment) => attachment.parent === context.postId && !excluded.has(attachment.id))
          .sort((a, b) => a.menuOrder - b.menuOrder || Number(a.id) - Number(b.id));
  if (images.length === 0) return undefined;
  const figures = images.map(
    (image) =>
      `<figure class="wp-block-image"><img src="${escapeHtmlSource(image.url)}" alt="${escapeHtmlSource(image.alt)}" class="wp-image-${image.id}">` +
      (image.caption.trim() ? `<figcaption>${image.caption.trim()}</figcaption>` : "") +
      "</figure>",
  );
  return `\n\n<figure class="wp-block-gallery">${figures.join("")}</figure>\n\n`;
}

type GalleryContext = Pick<PostContext, "postId" | "attachments">;

/** The HTML for one shortcode, or undefined to keep it as text. */
function expand(shortcode: Shortcode, context: GalleryContext): string | undefined {
  switch (shortcode.name) {
    case "gallery":
      return expandGallery(shortcode, context);
    case "caption":
    case "wp_caption":
      return expandCaption(shortcode);
    case "embed":
    case "audio":
    case "video": {
      const url = mediaUrl(shortcode);
      return url ? linkParagraph(url) : undefined;
    }
    default:
      return undefined;
  }
}

/** `[sic]` and `[1]` are prose; a name with attributes, a closing tag or a known name is a shortcode. */
function looksLikeShortcode(shortcode: Shortcode, raw: string): boolean {
  return (
    KNOWN_SHORTCODES.has(shortcode.name) ||
    Object.keys(shortcode.attributes).length > 0 ||
    shortcode.content !== undefined ||
    raw.endsWith("/]")
  );
}

/** Expands the shortcodes of one post's content; see the module comment for which. */
export function expandShortcodes(
  content: string,
  context: GalleryContext = { postId: "", attachments: new Map() },
): ShortcodeResult {
  const warnings: string[] = [];
  return { html: expandInto(content, warnings, context), warnings };
}

function expandInto(content: string, warnings: string[], context: GalleryContext): string {
  return content.replace(
    SHORTCODE,
    (
      raw: string,
      open: string,
      name: string,
      attributeText: string,
      _slash: string | undefined,
      inner: string | undefined,
      close: string,
    ) => {
      // `[[gallery]]` is WordPress's escape for the literal text `[gallery]`.
      if (open === "[" && close === "]") return raw.slice(1, -1);
      const shortcode: Shortcode = {
        name: name.toLowerCase(),
        attributes: parseShortcodeAttributes(attributeText),
        content: inner,
      };
      const expanded = expand(shortcode, context);
      if (expanded !== undefined) return `${open}${expanded}${close}`;
      if (looksLikeShortcode(shortcode, raw)) {
        warnings.push(
          shortcode.name === "gallery"
            ? "shortcode [gallery] names no image the export has and was kept as text"
            : `shortcode [${shortcode.name}] is not supported and was kept as text`,
        );
        if (inner !== undefined) {
          // Keep the inner content as HTML so text inside e.g. [column]…[/column] is not lost.
          return `${open}[${name}${attributeText}]${expandInto(inner, warnings, context)}[/${name}]${close}`;
        }
      }
      return raw;
    },
  );
}

/**
 * A URL alone on its line was an oEmbed (video, tweet, …) on the old site; here it becomes
 * a plain link, since the site loads nothing from third parties.
 */
export function linkBareEmbedUrls(html: string): string {
  return html.replace(
    /^(\s*)(https?:\/\/[^\s<>"]+)(\s*)$/gim,
    (_match, before: string, url: string, after: string) =>
      `${before}<a href="${escapeHtmlSource(url)}">${escapeHtmlSource(url)}</a>${after}`,
  );
}
