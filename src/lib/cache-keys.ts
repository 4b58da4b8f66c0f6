import { hash } from "node:crypto";

type Encoder = (value: unknown) => string;

// One-shot hashing: no Hash object per digest (a build makes hundreds of thousands).
const digestOf = (text: string) => hash("sha256", text, "base64url");

/**
 * A stand-in for `value` in a cache key: finite numbers, strings, booleans and null as JSON,
 * and every object as `#` and a digest of its own encoding. What JSON would lose or blur is
 * spelled out with characters JSON never starts a value with (`~undefined`, `~NaN`,
 * `~Infinity`, `~Map[…]`, `~Set[…]`), so no plain value can pass for it and a page with
 * different data never reuses stale HTML.
 *
 * Each object's digest is remembered for the encoder's lifetime: a route's paths share
 * objects (a brief appears in hundreds of listings and related lists), and encoding them
 * again, and concatenating their whole text into every key, was a second of a 10,000-brief
 * build. So an encoder must only live while the data it encodes does not change, as in
 * one `getStaticPaths`.
 */
function memoisedEncoder(): Encoder {
  const seen = new WeakMap<object, string>();
  const open = new WeakSet<object>();
  const encode: Encoder = (value) => {
    if (value === undefined) return "~undefined";
    if (typeof value === "function" || typeof value === "symbol") {
      throw new TypeError("A page cache key cannot cover a function or symbol: pass the data it renders instead");
    }
    if (typeof value === "number" && !Number.isFinite(value)) return `~${String(value)}`;
    if (value === null || typeof value !== "object") return JSON.stringify(value);
    const known = seen.get(value);
    if (known !== undefined) return known;
    if (open.has(value)) throw new TypeError("A page cache key cannot cover data that contains itself");
    open.add(value);
    let text: string;
    if (value instanceof Map) text = `~Map${encode([...(value as Map<unknown, unknown>).entries()])}`;
    else if (value instanceof Set) text = `~Set${encode([...(value as Set<unknown>)])}`;
    else if (Array.isArray(value)) text = `[${value.map(encode).join(",")}]`;
    else if (typeof (value as { toJSON?: unknown }).toJSON === "function") text = JSON.stringify(value);
    else {
      text = `{${Object.entries(value)
        .map(([key, field]) => `${JSON.stringify(key)}:${encode(field)}`)
        .join(",")}}`;
    }
    open.delete(value);
    const digest = `#${digestOf(text)}`;
    seen.set(value, digest);
    return digest;
  };
  return encode;
}

/** A fingerprint function whose encoder remembers the objects it has seen (see `memoisedEncoder`). */
export function cacheKeyer(): (...inputs: unknown[]) => string {
  const encode = memoisedEncoder();
  return (...inputs) => encode(inputs).slice(1);
}

/**
 * A fingerprint of the data one page renders, for Astro's incremental builds: Astro reuses
 * the previous build's HTML for a path whose key and code are both unchanged. So `inputs`
 * must hold everything the page shows that its code does not (a key that misses an input
 * serves stale pages; one that holds too much only re-renders more).
 */
export function cacheKeyOf(...inputs: unknown[]): string {
  return cacheKeyer()(...inputs);
}
