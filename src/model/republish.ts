import { escapeHtml } from "../lib/escape.ts";

/** What a partner needs to republish a brief with proper credit. */
export interface RepublishSource {
  title: string;
  /** Bylines as published. */
  authors: string[];
  organization: string;
  /** Absolute canonical URL of the brief. */
  canonical: string;
  /** Publication date as readers see it ("16 Oct 2012"). */
  published: string;
  license: { name: string; url: string };
  /** The brief's sanitized body HTML. */
  bodyHtml: string;
  /** Localised words around the credit lines. */
  words: { by: string; originallyPublished: string; license: string };
}

/**
 * Root-relative links and images in `html` made absolute against `origin`, so the copy
 * still points home once pasted on another site. Absolute, protocol-relative and
 * fragment links are left as they are.
 */
export function absolutizeUrls(html: string, origin: string): string {
  const base = origin.replace(/\/+$/, "");
  return html.replace(/\b(href|src)="\/(?!\/)/g, (_whole, attribute: string) => `${attribute}="${base}/`);
}

/**
 * Ready-to-paste HTML of a brief: headline, byline, the body, then the
 * "originally published by" line linking the canonical URL, and the licence.
 */
export function republishHtml(source: RepublishSource): string {
  const origin = new URL(source.canonical).origin;
  const link = `<a href="${escapeHtml(source.canonical)}">${escapeHtml(source.organization)}</a>`;
  const credit = escapeHtml(source.words.originallyPublished)
    .replace("{org}", link)
    .replace("{date}", escapeHtml(source.published));
  return [
    `<h1>${escapeHtml(source.title)}</h1>`,
    `<p>${escapeHtml(source.words.by)} ${source.authors.map(escapeHtml).join(", ")}, ${link}</p>`,
    absolutizeUrls(source.bodyHtml.trim(), origin),
    `<p>${credit}</p>`,
    `<p>${escapeHtml(source.words.license)} <a href="${escapeHtml(source.license.url)}" rel="license">${escapeHtml(source.license.name)}</a></p>`,
  ].join("\n");
}
