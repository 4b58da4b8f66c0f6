/** Briefs per page on every paginated listing (all briefs, tags, countries, authors, archive months). */
export const LISTING_PAGE_SIZE = 12;

/** Number of pages a listing of `total` items needs; an empty listing still has its first page. */
export function pageCount(total: number, pageSize: number = LISTING_PAGE_SIZE): number {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError(`page size must be a positive integer, got ${pageSize}`);
  return Math.max(1, Math.ceil(total / pageSize));
}

/** One page of a paginated listing: its items, its number (from 1) and where it stands. */
export interface PageSlice<T> {
  items: T[];
  page: number;
  last: number;
  /** Items across all pages. */
  total: number;
}

/** `items` cut into pages of `pageSize`, in order; an empty listing still has its (empty) first page. */
export function pageSlices<T>(items: readonly T[], pageSize: number = LISTING_PAGE_SIZE): PageSlice<T>[] {
  const last = pageCount(items.length, pageSize);
  return Array.from({ length: last }, (_, index) => ({
    items: items.slice(index * pageSize, (index + 1) * pageSize),
    page: index + 1,
    last,
    total: items.length,
  }));
}

/** A numbered link in a pagination bar, or a gap ("…") standing for pages left out. */
export type PageLink = { page: number; current: boolean } | { gap: true };

/**
 * The page numbers a pagination bar shows: the first and last page, and `radius` pages
 * either side of the current one. A gap replaces two or more skipped pages; a single
 * skipped page is shown instead, since "…" would take the same room and say less.
 */
export function pageLinks(current: number, last: number, radius = 1): PageLink[] {
  const shown = new Set<number>([1, last]);
  for (let page = current - radius; page <= current + radius; page += 1) {
    if (page >= 1 && page <= last) shown.add(page);
  }
  const pages = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  pages.forEach((page, index) => {
    const previous = pages[index - 1];
    if (previous !== undefined && page - previous === 2) links.push({ page: page - 1, current: false });
    else if (previous !== undefined && page - previous > 2) links.push({ gap: true });
    links.push({ page, current: page === current });
  });
  return links;
}
