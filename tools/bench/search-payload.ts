/** What a reader downloads to search a built site: the bench's "search" columns. */
import { launchChromium } from "../quality/chromium.ts";
import { serveStatic } from "../quality/static-server.ts";

export interface SearchPayload {
  /** Bytes of the search index's files (code, WebAssembly, metadata, filters, chunks, result fragments). */
  bytes: number;
  requests: number;
}

/**
 * Opens the search page of the site in `outDir` with `query`, waits for its results, and adds
 * up the index files the page fetched: a first search, by a reader with nothing cached. The
 * static server sends files as they are, as most hosts do for Pagefind's already compressed ones.
 */
export async function searchPayload(outDir: string, query: string): Promise<SearchPayload> {
  const server = await serveStatic(outDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const sizes: Promise<number>[] = [];
    page.on("response", (response) => {
      if (new URL(response.url()).pathname.includes("/pagefind/"))
        sizes.push(
          response.body().then(
            (body) => body.length,
            () => 0,
          ),
        );
    });
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
    await page.locator(".brief-search__status").filter({ hasText: /\S/ }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    return { bytes, requests: sizes.length };
  } finally {
    await browser.close();
    await server.close();
  }
}
