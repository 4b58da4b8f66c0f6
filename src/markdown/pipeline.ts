import type { RehypePlugins, RemarkPlugins } from "@astrojs/markdown-remark";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import { localized, site, withOrg } from "../site.config.ts";
import { languages } from "../schemas/brief.ts";
import { rehypeAnalysisSection } from "./rehype-analysis-section.ts";
import { rehypeExternalLinks } from "./rehype-external-links.ts";
import { remarkContainRawHtml } from "./remark-contain-raw-html.ts";
import { sanitizeSchema } from "./sanitize-schema.ts";

/** Remark plugins for brief bodies, run before the Markdown becomes HTML. */
export const briefRemarkPlugins: RemarkPlugins = [remarkContainRawHtml];

/**
 * Rehype plugins for brief bodies, in order. Raw HTML an editor typed is parsed first so
 * that the sanitizer sees it as elements (rather than dropping it unseen); everything after
 * the sanitizer adds only markup Dispatch itself trusts.
 */
export const briefRehypePlugins: RehypePlugins = [
  rehypeRaw,
  [rehypeSanitize, sanitizeSchema],
  [rehypeAnalysisSection, { headings: languages.map((lang) => withOrg(localized(site.analysisHeading, lang))) }],
  [rehypeExternalLinks, { siteUrl: site.url }],
];
