/**
 * Excerpts made so far, by length and text: a brief's card appears on a dozen listing,
 * term and brief pages, and shortening its summary every time was most of a second of a
 * 10,000-brief build.
 */
const excerpts = new Map<number, Map<string, string>>();
const MAX_REMEMBERED = 100_000;

/**
 * Shortens text to at most `maxLength` characters at a word boundary, adding an ellipsis,
 * as the seed's related-content cards do ("…signs of…").
 */
export function excerpt(text: string, maxLength = 160): string {
  let byText = excerpts.get(maxLength);
  if (!byText) {
    byText = new Map<string, string>();
    excerpts.set(maxLength, byText);
  }
  let shortened = byText.get(text);
  if (shortened === undefined) {
    shortened = shorten(text, maxLength);
    // Bounded, for a dev server that runs for days of edits.
    if (byText.size >= MAX_REMEMBERED) byText.clear();
    byText.set(text, shortened);
  }
  return shortened;
}

function shorten(text: string, maxLength: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  // Counted in code points (an emoji is one), but only as far as needed: a code point is one
  // or two UTF-16 units, so the first 2 × maxLength units hold more than maxLength of them
  // whenever the text is longer than that.
  if (clean.length <= maxLength) return clean;
  const characters = Array.from(clean.slice(0, 2 * maxLength));
  if (characters.length <= maxLength && clean.length <= 2 * maxLength) return clean;
  const cut = characters.slice(0, maxLength - 1).join("");
  const atWord = cut.replace(/\s+\S*$/, "");
  return `${(atWord || cut).replace(/[\s,;:.\-–—]+$/, "")}…`;
}
