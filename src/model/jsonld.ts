/**
 * schema.org structured data for a brief page, as plain objects: `NewsArticle` for the
 * brief and `BreadcrumbList` for its trail. Every URL passed in must already be absolute.
 */

export interface ImageObject {
  url: string;
  width?: number | undefined;
  height?: number | undefined;
}

export interface NewsArticleInput {
  headline: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  datePublished: Date;
  dateModified: Date;
  /** BCP 47 language of the brief, e.g. `en`. */
  inLanguage: string;
  tags: string[];
  countries: string[];
  /** Bylines with the absolute URL of each author's page. */
  authors: { name: string; url: string }[];
  publisher: { name: string; url: string; logo: ImageObject };
  /** The images a search engine may show for the article, largest first (e.g. the 16:9, 4:3 and 1:1 crops). */
  image: ImageObject | ImageObject[];
  /** Licence deed URL. */
  license: string;
  /** Corrections published with the article, oldest first. */
  corrections?: { date: Date; text: string }[] | undefined;
}

type JsonLd = Record<string, unknown>;

function imageObject(image: ImageObject): JsonLd {
  return {
    "@type": "ImageObject",
    url: image.url,
    ...(image.width ? { width: image.width } : {}),
    ...(image.height ? { height: image.height } : {}),
  };
}

/** A byline that is the organization itself is credited as the Organization, not a Person. */
function author(byline: { name: string; url: string }, publisher: NewsArticleInput["publisher"]): JsonLd {
  if (byline.name.trim().toLowerCase() === publisher.name.trim().toLowerCase()) {
    return { "@type": "Organization", name: publisher.name, url: publisher.url };
  }
  return { "@type": "Person", name: byline.name, url: byline.url };
}

export function newsArticleJsonLd(input: NewsArticleInput): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: { "@type": "WebPage", "@id": input.url },
    datePublished: input.datePublished.toISOString(),
    dateModified: input.dateModified.toISOString(),
    inLanguage: input.inLanguage,
    author: input.authors.map((byline) => author(byline, input.publisher)),
    publisher: {
      "@type": "Organization",
      name: input.publisher.name,
      url: input.publisher.url,
      logo: imageObject(input.publisher.logo),
    },
    image: [input.image].flat().map(imageObject),
    about: input.tags.map((name) => ({ "@type": "Thing", name })),
    ...(input.countries.length > 0
      ? { contentLocation: input.countries.map((name) => ({ "@type": "Place", name })) }
      : {}),
    isAccessibleForFree: true,
    license: input.license,
    ...(input.corrections && input.corrections.length > 0
      ? {
          correction: input.corrections.map((correction) => ({
            "@type": "CorrectionComment",
            text: correction.text,
            datePublished: correction.date.toISOString(),
          })),
        }
      : {}),
  };
}

/** Trail from the home page to the current page; the last item may omit its URL. */
export function breadcrumbJsonLd(trail: { name: string; url?: string | undefined }[]): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      ...(item.url ? { item: item.url } : {}),
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` body. `<`, `>` and `&` are escaped
 * so a headline containing `</script>` cannot end the script element early.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
