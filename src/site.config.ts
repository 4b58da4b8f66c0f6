import type { Language } from "./i18n/languages.ts";
import { parseSiteConfig, type LocalizedText, type SiteConfig, type SiteConfigInput } from "./schemas/site.ts";

/**
 * The newsroom's identity: the one file a newsroom edits to make Dispatch its own.
 *
 * Everything a template shows about the organization (its name, URLs, licence, appeal
 * text, social handles) comes from here, so no page hard-codes a newsroom. Each field is
 * described, and checked when the site starts, by `siteConfigSchema` in src/schemas/site.ts.
 * `SITE_URL` and `BASE_PATH` in the environment override `url` and `basePath`, so one
 * checkout can be deployed to a preview host or under a sub-path without edits.
 */
const config = {
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
  fullTextFeeds: true,
  newsletter: {
    enabled: true,
    // A placeholder: put your provider's subscribe URL here (e.g. https://buttondown.com/api/emails/embed-subscribe/<list>).
    action: "https://newsletter.example.org/subscribe",
    emailField: "email",
    hiddenFields: { list: "briefs" },
  },
  offlineReading: true,
  cms: {
    backend: "github",
    // PLACEHOLDER: the newsroom's own repository and OAuth service (docs/deploy.md, "The editing UI").
    repo: "example-newsroom/dispatch",
    branch: "main",
    baseUrl: "https://oauth.example.org",
    appId: "",
    apiRoot: "",
    mediaFolder: "cms",
  },
} satisfies SiteConfigInput;

export const site: SiteConfig = parseSiteConfig(config, typeof process === "undefined" ? {} : process.env);

/** A config string with `{org}` filled in. */
export function withOrg(template: string): string {
  return template.replaceAll("{org}", site.name);
}

/** The newsroom's text in `lang`, else in the default language, so a new language never shows a gap. */
export function localized(texts: LocalizedText, lang: Language): string {
  return texts[lang] ?? texts[site.defaultLanguage] ?? "";
}
