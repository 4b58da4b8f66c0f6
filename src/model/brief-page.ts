import { t } from "../i18n/index.ts";
import type { Language } from "../i18n/languages.ts";
import { termSlug } from "../lib/slugs.ts";
import { excerpt } from "../lib/text.ts";
import { site } from "../site.config.ts";
import { breadcrumbTrail, type Crumb } from "./breadcrumbs.ts";
import type { Brief } from "./briefs.ts";
import { correctionsInOrder, type Correction } from "./corrections.ts";
import { breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd } from "./jsonld.ts";
import { ARTICLE_IMAGE_SIZES, pictureOf, structuredDataCrops, type Picture } from "./images.ts";
import { briefPreviewImage, type PreviewImage } from "./preview-image.ts";
import type { Shareable } from "./share.ts";
import { alternateLinks, type AlternateLink } from "./translations.ts";
import { absoluteUrl, authorUrl, briefsUrl, briefUrl, newsUrl } from "./urls.ts";

/** Everything a brief's page shows besides the brief's own fields and body, ready to lay out. */
export interface BriefPage {
  /** Site path of the page; `canonical` is the same as an absolute URL. */
  path: string;
  canonical: string;
  /** Meta description and link-preview text: the summary, shortened. */
  description: string;
  /** The brief in every language it is translated into (hreflang, with x-default). */
  alternates: AlternateLink[];
  /** Languages of its translations (og:locale:alternate). */
  alternateLanguages: Language[];
  /** Home › News › Brief › headline. */
  trail: Crumb[];
  previewImage: PreviewImage;
  /** The lead image as the page's `<figure>` shows it. */
  image?: { picture: Picture; caption?: string | undefined; credit?: string | undefined } | undefined;
  /** Open Graph `article:*` properties, in the order they appear in the head. */
  articleMeta: { property: string; content: string }[];
  /** The `application/ld+json` script's body: NewsArticle and BreadcrumbList. */
  structuredData: string;
  /** What the share buttons share. */
  share: Shareable;
  /** Corrections, oldest first, listed at the end of the article. */
  corrections: Correction[];
}

/** `text` unless it is blank: a `caption: ""` in front matter shows nothing rather than an empty line. */
function nonEmpty(text: string | undefined): string | undefined {
  return text?.length ? text : undefined;
}

/** The data of one brief's page, from the brief and its translations (same `translationKey`). */
export function briefPage(brief: Brief, translations: readonly Brief[]): BriefPage {
  const { lang } = brief;
  const path = briefUrl(brief);
  const canonical = absoluteUrl(path);
  const description = excerpt(brief.summary, 200);
  const section = t(lang, "brief.kicker");
  const trail = breadcrumbTrail(
    lang,
    [
      { label: t(lang, "nav.news"), href: newsUrl(lang) },
      { label: section, href: briefsUrl(1, lang) },
    ],
    brief.title,
  );
  const previewImage = briefPreviewImage(brief, site.name);
  const corrections = correctionsInOrder(brief);
  const authors = brief.authors.map((name) => ({ name, url: absoluteUrl(authorUrl(termSlug(name))) }));
  const structuredData = serializeJsonLd([
    newsArticleJsonLd({
      headline: brief.title,
      description,
      url: canonical,
      datePublished: brief.date,
      dateModified: brief.modified,
      inLanguage: lang,
      tags: brief.tags,
      countries: brief.countries,
      authors,
      publisher: { name: site.name, url: absoluteUrl(""), logo: { ...site.logo, url: absoluteUrl(site.logo.path) } },
      image: brief.leadImage?.kind === "encoded" ? structuredDataCrops(brief.leadImage) : previewImage,
      license: site.license.url,
      corrections,
    }),
    breadcrumbJsonLd(trail.map((item) => ({ name: item.label, url: item.href && absoluteUrl(item.href) }))),
  ]);
  return {
    path,
    canonical,
    description,
    alternates: alternateLinks(
      [brief, ...translations].map((version) => ({ lang: version.lang, href: briefUrl(version) })),
      site.defaultLanguage,
    ),
    alternateLanguages: translations.map((translation) => translation.lang),
    trail,
    previewImage,
    image: brief.image &&
      brief.leadImage && {
        picture: pictureOf(brief.leadImage, { alt: brief.image.alt, sizes: ARTICLE_IMAGE_SIZES, loading: "lead" }),
        caption: nonEmpty(brief.image.caption),
        credit: nonEmpty(brief.image.credit),
      },
    articleMeta: [
      { property: "article:published_time", content: brief.date.toISOString() },
      { property: "article:modified_time", content: brief.modified.toISOString() },
      { property: "article:section", content: section },
      ...authors.map((author) => ({ property: "article:author", content: author.url })),
      ...brief.tags.map((tag) => ({ property: "article:tag", content: tag })),
    ],
    structuredData,
    share: { title: brief.title, url: canonical, summary: brief.summary, via: site.social.x },
    corrections,
  };
}
