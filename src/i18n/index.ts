import type { Language } from "../schemas/brief.ts";
import { site } from "../site.config.ts";
import { en, type UiKey } from "./en.ts";
import { es } from "./es.ts";

export type { UiKey };

const dictionaries: Record<Language, Record<UiKey, string>> = { en, es };

/** BCP 47 locale used for dates and numbers in each language. */
const locales: Record<Language, string> = { en: "en-GB", es: "es-ES" };

/** A UI string in `lang`, with `{name}` placeholders filled from `values`. */
export function t(lang: Language, key: UiKey, values: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export function localeOf(lang: Language): string {
  return locales[lang];
}

/**
 * "16 Oct 2012" / "16 oct 2012", in the newsroom's time zone: day, abbreviated month,
 * year, as on the seed page. Assembled from parts because locales disagree on the order,
 * and some abbreviate September as "Sept" or end months with a full stop.
 */
export function formatDate(date: Date, lang: Language): string {
  const parts = new Intl.DateTimeFormat(lang === "en" ? "en-US" : locales[lang], {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: site.timeZone,
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")} ${part("month").replace(/\.$/, "")} ${part("year")}`;
}

export function dictionaryKeys(lang: Language): string[] {
  return Object.keys(dictionaries[lang]).sort();
}

/** Languages with a dictionary, i.e. the languages the site is built in. */
export const uiLanguages = Object.keys(dictionaries) as Language[];
