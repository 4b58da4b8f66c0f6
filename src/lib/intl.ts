/**
 * Shared Intl formatters. Building one costs far more than using it, and a build formats
 * tens of thousands of dates and amounts, so each distinct locale + options is built once.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.Segmenter>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.Segmenter>(key: unknown[], make: () => T): T {
  const id = JSON.stringify(key);
  let formatter = formatters.get(id) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(id, formatter);
  }
  return formatter;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(["date", locale, options], () => new Intl.DateTimeFormat(locale, options));
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(["number", locale, options], () => new Intl.NumberFormat(locale, options));
}

/** Splits text into user-perceived characters (an emoji flag is one). */
export function graphemeSegmenter(): Intl.Segmenter {
  return cached(["graphemes"], () => new Intl.Segmenter(undefined, { granularity: "grapheme" }));
}
