import { t } from "../i18n/index.ts";
import type { Language } from "../i18n/languages.ts";
import { homeUrl } from "./urls.ts";

/** One step of a breadcrumb trail; the current page has no link. */
export interface Crumb {
  label: string;
  href?: string | undefined;
}

/** Home, then `ancestors` (site paths), then the current page: the trail every page but the home page shows. */
export function breadcrumbTrail(
  lang: Language,
  ancestors: readonly { label: string; href: string }[],
  current: string,
): Crumb[] {
  return [{ label: t(lang, "nav.home"), href: homeUrl(lang) }, ...ancestors, { label: current }];
}
