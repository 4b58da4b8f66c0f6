// Needs the browser: Pagefind looks the query up in its index in the reader's browser; without JavaScript the page offers browsing links instead.
import { useEffect, useRef, useState } from "preact/hooks";
import type { SearchFilterKey } from "../model/search-document.ts";

/** The parts of Pagefind's browser API (pagefind.js) this page uses. */
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options: { baseUrl?: string }): Promise<void>;
  search(term: string | null, options: SearchOptions): Promise<SearchResponse>;
  debouncedSearch(term: string | null, options: SearchOptions, timeout?: number): Promise<SearchResponse | null>;
}

interface SearchOptions {
  filters?: Record<string, string[]>;
  sort?: Record<string, "asc" | "desc">;
}

interface SearchResponse {
  results: { id: string; data(): Promise<ResultData> }[];
  /** Per filter value, how many of the results have it. */
  filters?: Record<string, Record<string, number>>;
}

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sort?: Record<string, string>;
}

type FilterKey = SearchFilterKey;

interface Props {
  /** Language of the page; preselected as the language filter. */
  lang: string;
  /**
   * The search index's shards, newest first: each one's key (its value of the hidden `shard`
   * filter) and folder URL. The first holds Pagefind's code; the others are merged into it.
   */
  shards: { key: string; url: string }[];
  /** Every value of each filter, from the build: asking Pagefind would load every filter file first. */
  filterChoices: Record<FilterKey, string[]>;
  /** The site's base path, prefixed to result URLs. */
  baseUrl: string;
  /** UI strings, in the page's language. */
  labels: {
    search: string;
    submit: string;
    sort: string;
    relevance: string;
    date: string;
    any: string;
    results: string;
    resultsOne: string;
    none: string;
    unavailable: string;
    filters: Record<FilterKey, string>;
  };
  /** Display names of language codes ("en" → "English"). */
  languageNames: Record<string, string>;
}

const FILTER_KEYS: FilterKey[] = ["country", "tag", "author", "language"];
const MAX_RESULTS = 30;

/**
 * The first `MAX_RESULTS` results by date, newest first. Pagefind sorts each shard's results
 * by date, but merging them sorts by score, which for a sorted search is only a rank within
 * the shard. Shards are runs of whole years, newest first, so the date order is each shard's
 * own results in shard order: asked of one shard at a time (its `shard` filter), as far as needed.
 */
async function newestResults(
  pagefind: Pagefind,
  shards: Props["shards"],
  term: string | null,
  options: SearchOptions,
  merged: SearchResponse,
  stale: () => boolean,
): Promise<SearchResponse["results"]> {
  if (shards.length < 2) return merged.results;
  const results: SearchResponse["results"] = [];
  for (const shard of shards) {
    if (results.length >= MAX_RESULTS || stale()) break;
    if (merged.filters?.["shard"]?.[shard.key] === 0) continue;
    const part = await pagefind.search(term, { ...options, filters: { ...options.filters, shard: [shard.key] } });
    results.push(...part.results);
  }
  return results;
}

export default function BriefSearch({ lang, shards, filterChoices, baseUrl, labels, languageNames }: Props) {
  const pagefind = useRef<Pagefind | null>(null);
  // The shards Pagefind has: a shard that could not be loaded is left out, not the search.
  const merged = useRef<Props["shards"]>([]);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState<"relevance" | "date">("relevance");
  const [chosen, setChosen] = useState<Partial<Record<FilterKey, string>>>({ language: lang });
  const [results, setResults] = useState<ResultData[] | null>(null);
  const [total, setTotal] = useState(0);

  useEffect(() => {
    setQuery(new URLSearchParams(window.location.search).get("q") ?? "");
    const [first, ...others] = shards;
    // A site with no published brief has no index: every search finds nothing.
    if (!first) {
      setReady(true);
      return;
    }
    void (async () => {
      try {
        const module = (await import(/* @vite-ignore */ `${first.url}pagefind.js`)) as Pagefind;
        await module.options({ baseUrl });
        await module.init();
        const merging = await Promise.allSettled(others.map((shard) => module.mergeIndex(shard.url, { baseUrl })));
        merged.current = [first, ...others.filter((_, position) => merging[position]?.status === "fulfilled")];
        if (merged.current.length < shards.length) console.warn("Some of the search index could not be loaded");
        pagefind.current = module;
      } catch (error) {
        console.error(error);
        setFailed(true);
      }
      setReady(true);
    })();
  }, []);

  useEffect(() => {
    if (!ready) return;
    const filters = Object.fromEntries(
      Object.entries(chosen)
        .filter(([, value]) => value)
        .map(([key, value]) => [key, [value]]),
    );
    const hasFilter = Object.keys(filters).some((key) => key !== "language");
    const term = query.trim();
    if (!term && !hasFilter) {
      setResults(null);
      return;
    }
    // Marked stale when the inputs change again, so a slow search never overwrites a newer one.
    const run = { stale: false };
    const byDate = sort === "date" || !term;
    const options: SearchOptions = { filters, ...(byDate ? { sort: { date: "desc" as const } } : {}) };
    const stale = () => run.stale;
    void (async () => {
      const index = pagefind.current;
      if (!index) {
        setTotal(0);
        setResults([]);
        return;
      }
      try {
        const search = await index.debouncedSearch(term || null, options);
        if (!search || stale()) return;
        const ordered = byDate
          ? await newestResults(index, merged.current, term || null, options, search, stale)
          : search.results;
        if (stale()) return;
        const data = await Promise.all(ordered.slice(0, MAX_RESULTS).map((result) => result.data()));
        if (stale()) return;
        setTotal(search.results.length);
        setResults(data);
      } catch (error) {
        console.error(error);
        if (!stale()) setFailed(true);
      }
    })();
    return () => {
      run.stale = true;
    };
  }, [ready, query, sort, chosen]);

  const status = failed
    ? labels.unavailable
    : results === null
      ? ""
      : total === 0
        ? labels.none
        : total === 1
          ? labels.resultsOne
          : labels.results.replace("{count}", String(total));
  const valueName = (key: FilterKey, value: string) => (key === "language" ? (languageNames[value] ?? value) : value);

  return (
    <div class="brief-search">
      <form
        role="search"
        class="brief-search__form"
        // Busy until the index is loaded (and in the HTML before the page's script runs).
        aria-busy={!ready}
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <label for="brief-search-query">{labels.search}</label>
        <input
          id="brief-search-query"
          type="search"
          name="q"
          value={query}
          onInput={(event) => {
            setQuery(event.currentTarget.value);
          }}
        />
        {/* Results follow the typing; the button is there for readers who expect one (and for Enter). */}
        <button type="submit" class="button">
          {labels.search}
        </button>
        <div class="brief-search__options">
          {FILTER_KEYS.map((key) => (
            <label key={key}>
              {labels.filters[key]}
              <select
                name={key}
                value={chosen[key] ?? ""}
                onChange={(event) => {
                  setChosen({ ...chosen, [key]: event.currentTarget.value });
                }}
              >
                <option value="">{labels.any}</option>
                {[...filterChoices[key]]
                  .sort((a, b) => valueName(key, a).localeCompare(valueName(key, b)))
                  .map((value) => (
                    <option key={value} value={value}>
                      {valueName(key, value)}
                    </option>
                  ))}
              </select>
            </label>
          ))}
          <label>
            {labels.sort}
            <select
              name="sort"
              value={sort}
              onChange={(event) => {
                setSort(event.currentTarget.value as "relevance" | "date");
              }}
            >
              <option value="relevance">{labels.relevance}</option>
              <option value="date">{labels.date}</option>
            </select>
          </label>
        </div>
      </form>
      <p class="brief-search__status" role="status">
        {status}
      </p>
      {results && results.length > 0 && (
        <ol class="brief-search__results">
          {results.map((result) => (
            <li key={result.url} class="brief-search__result">
              <h2 class="card__title">
                <a href={result.url}>{result.meta.title ?? result.url}</a>
              </h2>
              {/* Pagefind escapes the indexed text and adds only <mark> around matches. */}
              <p class="card__excerpt" dangerouslySetInnerHTML={{ __html: result.excerpt }} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
