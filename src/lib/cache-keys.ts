import { createHash } from "node:crypto";

/**
 * JSON has no Map or Set and drops `undefined` silently; a key that ignored them would let
 * a page with different data reuse stale HTML, so they are spelled out instead.
 */
function faithful(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...(value as Map<unknown, unknown>).entries()] };
  if (value instanceof Set) return { set: [...(value as Set<unknown>)] };
  if (value === undefined) return { undefined: true };
  if (typeof value === "function" || typeof value === "symbol") {
    throw new TypeError("A page cache key cannot cover a function or symbol: pass the data it renders instead");
  }
  return value;
}

/**
 * A fingerprint of the data one page renders, for Astro's incremental builds: Astro reuses
 * the previous build's HTML for a path whose key and code are both unchanged. So `inputs`
 * must hold everything the page shows that its code does not (a key that misses an input
 * serves stale pages; one that holds too much only re-renders more).
 */
export function cacheKeyOf(...inputs: unknown[]): string {
  return createHash("sha256").update(JSON.stringify(inputs, faithful)).digest("base64url");
}
