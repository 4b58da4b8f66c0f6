import type { Language } from "./languages.ts";
import { dictionaries, languages } from "./languages.ts";
import type { UiKey } from "./en.ts";
import { dateTimeFormat } from "../lib/intl.ts";

export type { UiKey };

/** A UI string in `lang`, with `{name}` placeholders filled from `values`. */
export function t(lang: Language, key: UiKey, values: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** BCP 47 locale used for dates and numbers in each language (the dictionary's `lang.locale`). */
export function localeOf(lang: Language): string {
  return dictionaries[lang]["lang.locale"];
}

/**
 * "16 Oct 2012" / "16 oct 2012" on the calendar of `timeZone` (the newsroom's, from
 * site.config.ts): day, abbreviated month, year, as on the seed page. Assembled from parts
 * because locales disagree on the order, and some abbreviate September as "Sept" or end
 * months with a full stop.
 */
export function formatDate(date: Date, lang: Language, timeZone: string): string {
  // Each brief's date is shown on its page, its cards and its listings: formatted once.
  const key = `${lang} ${timeZone} ${date.getTime()}`;
  let formatted = formattedDates.get(key);
  if (formatted === undefined) {
    formatted = formatDateParts(date, lang, timeZone);
    formattedDates.set(key, formatted);
  }
  return formatted;
}

const formattedDates = new Map<string, string>();

function formatDateParts(date: Date, lang: Language, timeZone: string): string {
  const parts = dateTimeFormat(localeOf(lang), {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone,
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")} ${part("month").replace(/\.$/, "")} ${part("year")}`;
}

/** "October" / "octubre": a month (1–12) named in `lang`, for archive headings. */
export function monthName(month: number, lang: Language): string {
  return dateTimeFormat(localeOf(lang), { month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2000, month - 1, 15)),
  );
}

export function dictionaryKeys(lang: Language): string[] {
  return Object.keys(dictionaries[lang]).sort();
}

/** Languages with a dictionary, i.e. the languages the site is built in. */
export const uiLanguages: Language[] = [...languages];
