import { en } from "./en.ts";
import { es } from "./es.ts";

/**
 * The languages Dispatch is built in: one dictionary file each, registered on the one line
 * below. Adding a language (see docs/languages.md) is writing `src/i18n/<code>.ts` with every
 * key of `en.ts` and adding it here; routes, the front-matter schema, dates and the search
 * page all follow from this list. The first entry is only an order, not the default: the
 * default language is `defaultLanguage` in `src/site.config.ts`.
 */
export const dictionaries = { en, es };

export type Language = keyof typeof dictionaries;

/** Language codes as a non-empty tuple, as zod's `z.enum` wants them. */
export const languages = Object.keys(dictionaries) as [Language, ...Language[]];
