import type { Language } from "./i18n/languages.ts";
import type { ShareNetwork } from "./model/share.ts";

/**
 * Text the newsroom writes per language. Only the default language is required, so adding
 * a language to the site never breaks this file: untranslated entries fall back (`localized`).
 */
export type LocalizedText = Partial<Record<Language, string>>;

/**
 * The newsroom's identity: the one file a newsroom edits to make Dispatch its own.
 *
 * Everything a template shows about the organization (its name, URLs, licence, appeal
 * text, social handles) comes from here, so no page hard-codes a newsroom.
 * `SITE_URL` and `BASE_PATH` in the environment override `url` and `basePath`, so one
 * checkout can be deployed to a preview host or under a sub-path without edits.
 */
export interface SiteConfig {
  /** Organization name as readers see it, e.g. in bylines and "<name> Analysis". */
  name: string;
  /** One-sentence description used on the home page and as the default meta description. */
  description: string;
  /** Public origin of the deployed site, without a path: `https://example.org`. */
  url: string;
  /** Sub-path the site is served under (`/` at the root, `/dispatch/` on GitHub Pages). */
  basePath: string;
  /** Language of the site chrome when a page has no language of its own. */
  defaultLanguage: Language;
  /** IANA time zone dates are shown in, e.g. `America/Bogota`. */
  timeZone: string;
  /** Byline used when a brief names no authors. */
  defaultAuthor: string;
  /** Heading that opens a brief's analysis section, per language; `{org}` is replaced by `name`. */
  analysisHeading: LocalizedText;
  /** Where readers send comments about a brief (a mailto link is built from it). */
  commentsEmail: string;
  donate: {
    /** Page that takes donations; the donate button links here. */
    url: string;
    /** The appeal shown beside the button. */
    appeal: LocalizedText;
    /** ISO 4217 code the preset amounts are in, e.g. `USD`. */
    currency: string;
    /** Amounts offered as choices once JavaScript runs; the first is preselected. Empty hides the choice. */
    presets: number[];
    /** Query parameters the donate page reads; an empty name leaves that value out of the link. */
    params: {
      /** Receives the chosen amount, e.g. `amount=25`. */
      amount: string;
      /** Receives `currency`, e.g. `currency=USD`. */
      currency: string;
      /** Receives `oneTimeValue` or `monthlyValue`. */
      frequency: string;
      oneTimeValue: string;
      monthlyValue: string;
    };
    /** Days the appeal stays hidden after a reader chooses "Not now". */
    notNowDays: number;
  };
  /** Where "Was this content helpful?" answers are sent with `navigator.sendBeacon`; empty sends nothing. */
  feedbackEndpoint: string;
  /** Publisher logo for search engines (NewsArticle JSON-LD): a raster file under `public/`, at most 600x60. */
  logo: { path: string; width: number; height: number };
  license: {
    /** Short licence name shown to readers. */
    name: string;
    /** Licence deed. */
    url: string;
    /** Republishing notice shown under every brief. */
    notice: LocalizedText;
  };
  /** Share buttons under each brief, in this order. */
  shareNetworks: ShareNetwork[];
  /** Handles and profile URLs; empty strings hide an entry. */
  social: {
    x: string;
    facebook: string;
    bluesky: string;
  };
}

const config: SiteConfig = {
  name: "InSight Crime",
  description: "Investigation, analysis and news briefs on organized crime in Latin America and the Caribbean.",
  url: "https://insightcrime.example.org",
  basePath: "/",
  defaultLanguage: "en",
  timeZone: "America/Bogota",
  defaultAuthor: "InSight Crime",
  analysisHeading: { en: "{org} Analysis", es: "Análisis de {org}" },
  commentsEmail: "info@insightcrime.example.org",
  donate: {
    url: "https://insightcrime.example.org/donate/",
    appeal: {
      en: "We want to sustain Latin America’s largest organized crime database, but in order to do so, we need resources.",
      es: "Queremos sostener la mayor base de datos sobre crimen organizado de América Latina, pero para ello necesitamos recursos.",
    },
    currency: "USD",
    presets: [25, 50, 100, 250],
    params: {
      amount: "amount",
      currency: "currency",
      frequency: "frequency",
      oneTimeValue: "once",
      monthlyValue: "monthly",
    },
    notNowDays: 30,
  },
  feedbackEndpoint: "",
  logo: { path: "logo.png", width: 600, height: 60 },
  license: {
    name: "CC BY-NC 4.0",
    url: "https://creativecommons.org/licenses/by-nc/4.0/",
    notice: {
      en: "We encourage readers to copy and distribute our work for non-commercial purposes, with attribution to {org} in the byline and links to the original at both the top and bottom of the article. Check the Creative Commons website for more details of how to share our work, and please send us an email if you use an article.",
      es: "Invitamos a los lectores a copiar y distribuir nuestro trabajo sin fines comerciales, con atribución a {org} en la firma y enlaces al original al principio y al final del artículo. Consulte el sitio web de Creative Commons para más detalles sobre cómo compartir nuestro trabajo, y envíenos un correo si usa un artículo.",
    },
  },
  shareNetworks: ["whatsapp", "x", "facebook", "bluesky", "linkedin", "telegram", "email"],
  social: {
    x: "InSightCrime",
    facebook: "https://www.facebook.com/InSightCrime",
    bluesky: "",
  },
};

/** Environment wins over the file so deploy previews and sub-path builds need no edits. */
function fromEnvironment(base: SiteConfig): SiteConfig {
  const env = typeof process === "undefined" ? {} : process.env;
  return {
    ...base,
    // An empty variable (`SITE_URL=`) counts as unset, hence `||` rather than `??`.
    // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- "" must fall back to the file.
    url: (env["SITE_URL"] || base.url).replace(/\/+$/, ""),
    // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- "" must fall back to the file.
    basePath: normalizeBasePath(env["BASE_PATH"] || base.basePath),
  };
}

/** `dispatch`, `/dispatch`, `/dispatch/` all mean `/dispatch/`. */
export function normalizeBasePath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

export const site: SiteConfig = fromEnvironment(config);

/** A config string with `{org}` filled in. */
export function withOrg(template: string): string {
  return template.replaceAll("{org}", site.name);
}

/** The newsroom's text in `lang`, else in the default language, so a new language never shows a gap. */
export function localized(texts: LocalizedText, lang: Language): string {
  return texts[lang] ?? texts[site.defaultLanguage] ?? "";
}
