import { graphemeSegmenter } from "../lib/intl.ts";
import type { ShareNetwork } from "../schemas/site.ts";

export const networkNames: Record<ShareNetwork, string> = {
  x: "X",
  facebook: "Facebook",
  whatsapp: "WhatsApp",
  linkedin: "LinkedIn",
  telegram: "Telegram",
  bluesky: "Bluesky",
  email: "E-mail",
};

export interface Shareable {
  title: string;
  /** Absolute canonical URL. */
  url: string;
  summary?: string;
  /** X handle without the @, credited as `via`. */
  via?: string;
}

/** Bluesky rejects posts over 300 graphemes (not characters: an emoji flag is one). */
export const BLUESKY_LIMIT = 300;

function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter().segment(text), (s) => s.segment);
}

/**
 * Printable ASCII: one grapheme per character. Titles and URLs nearly always are, and
 * segmenting three strings per share button on every brief page cost a second of a
 * 10,000-brief build.
 */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function graphemeCount(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : graphemes(text).length;
}

/** `text` cut to at most `limit` graphemes, ending in "…" when cut. */
export function truncateGraphemes(text: string, limit: number): string {
  // A grapheme is at least one UTF-16 unit, so a short enough string needs no segmenting.
  if (text.length <= limit) return text;
  const parts = graphemes(text);
  if (parts.length <= limit) return text;
  return `${parts
    .slice(0, Math.max(0, limit - 1))
    .join("")
    .trimEnd()}…`;
}

/** X allows 280 "weighted" characters and counts every link as 23, whatever its length. */
export const X_LIMIT = 280;
export const X_LINK_LENGTH = 23;

/** X weighs Latin, Greek, Cyrillic and common punctuation as 1 and everything else (CJK, emoji) as 2. */
function xWeight(grapheme: string): number {
  for (const char of grapheme) {
    const code = char.codePointAt(0) ?? 0;
    const light =
      code <= 0x10ff ||
      (code >= 0x2000 && code <= 0x200d) ||
      (code >= 0x2010 && code <= 0x201f) ||
      (code >= 0x2032 && code <= 0x2037);
    if (!light) return 2;
  }
  return 1;
}

/**
 * Printable text whose every character X weighs as 1 (see `xWeight`), so it weighs at most
 * its length; anything else takes the exact count.
 */
const LIGHT_ONLY = /^[\u0020-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]*$/;

/** The post text for X: the title, cut so that it, the link and "via @handle" fit in one post. */
export function xText(title: string, via?: string): string {
  const room = X_LIMIT - X_LINK_LENGTH - 1 - (via ? ` via @${via}`.length : 0);
  if (title.length <= room && LIGHT_ONLY.test(title)) return title;
  const parts = graphemes(title);
  if (parts.reduce((sum, part) => sum + xWeight(part), 0) <= room) return title;
  const budget = room - xWeight("…");
  const kept: string[] = [];
  let used = 0;
  for (const part of parts) {
    if (used + xWeight(part) > budget) break;
    used += xWeight(part);
    kept.push(part);
  }
  return `${kept.join("").trimEnd()}…`;
}

/** Line breaks and runs of spaces in a title or summary read as one space in a post or a subject line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Title and URL as one Bluesky post that fits the limit; the URL is never cut. */
export function blueskyText(title: string, url: string): string {
  const room = BLUESKY_LIMIT - graphemeCount(url) - 1;
  return `${truncateGraphemes(title, Math.max(room, 0))} ${url}`;
}

function query(params: Record<string, string | undefined>): string {
  return Object.entries(params)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join("&");
}

/** The share URL for one network; every value is percent-encoded (spaces as %20, never +). */
export function shareUrl(network: ShareNetwork, item: Shareable): string {
  const { url } = item;
  const title = oneLine(item.title);
  switch (network) {
    case "x":
      return `https://x.com/intent/post?${query({ text: xText(title, item.via), url, via: item.via })}`;
    case "facebook":
      return `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}`;
    case "whatsapp":
      return `https://wa.me/?${query({ text: `${title} ${url}` })}`;
    case "linkedin":
      return `https://www.linkedin.com/sharing/share-offsite/?${query({ url })}`;
    case "telegram":
      return `https://t.me/share/url?${query({ url, text: title })}`;
    case "bluesky":
      return `https://bsky.app/intent/compose?${query({ text: blueskyText(title, url) })}`;
    case "email":
      return `mailto:?${query({ subject: title, body: [item.summary && oneLine(item.summary), url].filter(Boolean).join("\n\n") })}`;
  }
}

export interface ShareLink {
  network: ShareNetwork;
  name: string;
  href: string;
}

export function shareLinks(networks: readonly ShareNetwork[], item: Shareable): ShareLink[] {
  return networks.map((network) => ({ network, name: networkNames[network], href: shareUrl(network, item) }));
}
