import type { Brief } from "./briefs.ts";
import { isoDay } from "../lib/dates.ts";
import { escapeHtml } from "../lib/escape.ts";

/** One page for the search index: its URL and the HTML Pagefind reads. */
export interface SearchDocument {
  url: string;
  html: string;
}

/** The filters the search page offers readers. */
export type SearchFilterKey = "country" | "tag" | "author" | "language";

/** A brief's values of each filter the search page offers. */
function filterValues(brief: Brief): [SearchFilterKey, string][] {
  return [
    ...brief.countries.map((name) => ["country", name] as [SearchFilterKey, string]),
    ...brief.tags.map((name) => ["tag", name] as [SearchFilterKey, string]),
    ...brief.authors.map((name) => ["author", name] as [SearchFilterKey, string]),
    ["language", brief.lang],
  ];
}

/**
 * Every value of each filter over `briefs`, sorted: the search form's choices. Given to the
 * page at build time rather than asked of Pagefind, whose list of filters costs a reader every
 * filter file of every shard (about 130 KiB at 10,000 briefs) before the first search.
 */
export function searchFilterChoices(briefs: readonly Brief[]): Record<SearchFilterKey, string[]> {
  const choices: Record<SearchFilterKey, Set<string>> = {
    country: new Set(),
    tag: new Set(),
    author: new Set(),
    language: new Set(),
  };
  for (const brief of briefs) for (const [key, value] of filterValues(brief)) choices[key].add(value);
  const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b));
  return {
    country: sorted(choices.country),
    tag: sorted(choices.tag),
    author: sorted(choices.author),
    language: sorted(choices.language),
  };
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
  const filters: [string, string][] = [...filterValues(brief), ["shard", shard]];
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
