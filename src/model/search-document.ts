import type { Brief } from "./briefs.ts";
import { isoDay } from "../lib/dates.ts";
import { escapeHtml } from "../lib/escape.ts";

/** One page for the search index: its URL and the HTML Pagefind reads. */
export interface SearchDocument {
  url: string;
  html: string;
}

/**
 * The HTML Pagefind indexes for one brief: the title (shown as the result's heading) and the
 * body as text, the filters the search page offers (country, tag, author, language) and the
 * date to sort by. It is built from the brief's data rather than read back from its built
 * page, so indexing can run beside page rendering and needs no page to be rendered at all.
 * `bodyHtml` is the sanitized body; `shard` the key of the index shard the brief goes to
 * (src/model/search-shards.ts), a hidden filter the search page sorts by date with.
 */
export function searchDocument(brief: Brief, url: string, bodyHtml: string, shard: string): SearchDocument {
  const filters = [
    ...brief.countries.map((name) => ["country", name] as const),
    ...brief.tags.map((name) => ["tag", name] as const),
    ...brief.authors.map((name) => ["author", name] as const),
    ["language", brief.lang] as const,
    ["shard", shard] as const,
  ];
  const filterHtml = filters
    .map(([key, value]) => `<span data-pagefind-filter="${key}">${escapeHtml(value)}</span>`)
    .join("");
  const html =
    `<html lang="${brief.lang}"><body>` +
    `<article data-pagefind-body data-pagefind-sort="date:${isoDay(brief.date)}">` +
    `<div hidden data-pagefind-ignore>${filterHtml}</div>` +
    `<h1 data-pagefind-meta="title">${escapeHtml(brief.title)}</h1>` +
    `<div>${bodyHtml}</div>` +
    `</article></body></html>`;
  return { url, html };
}
