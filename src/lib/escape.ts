/**
 * Text made safe to place in markup: element content and quoted attribute values alike.
 * One table per language, since HTML and XML agree on every character but the apostrophe
 * (`&apos;` is XML's own name; `&#39;` also reads right in old HTML parsers).
 */
const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const XML_ESCAPES: Record<string, string> = { ...HTML_ESCAPES, "'": "&apos;" };
const SIGNIFICANT = /[&<>"']/g;

/** Text escaped for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(SIGNIFICANT, (char) => HTML_ESCAPES[char] ?? char);
}

/** Text escaped for XML element content and attribute values (feeds, sitemaps). */
export function escapeXml(text: string): string {
  return text.replace(SIGNIFICANT, (char) => XML_ESCAPES[char] ?? char);
}

/** An `&` that starts a character reference (`&amp;`, `&#233;`, `&#xE9;`), which text taken from HTML already holds. */
const REFERENCE = /&(?:[a-z][a-z\d]*|#\d+|#x[\da-f]+);/iy;

/**
 * Like `escapeHtml`, for text cut from HTML source (a URL inside a WordPress shortcode):
 * its character references are kept as they are, so `&amp;` is not escaped a second time.
 */
export function escapeHtmlSource(html: string): string {
  return html.replace(SIGNIFICANT, (char, offset: number) => {
    if (char !== "&") return HTML_ESCAPES[char] ?? char;
    REFERENCE.lastIndex = offset;
    return REFERENCE.test(html) ? char : "&amp;";
  });
}
