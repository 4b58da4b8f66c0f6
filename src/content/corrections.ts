import { allBriefs } from "./briefs.ts";
import type { FeedProps } from "./feeds.ts";
import { uiLanguages } from "../i18n/index.ts";
import { correctionsFeed, correctionsPage, type CorrectionsPage } from "../model/corrections.ts";
import { languageParam } from "../model/urls.ts";

/** Props of a corrections page. */
export interface CorrectionsProps {
  page: CorrectionsPage;
}

/** `getStaticPaths` of `/corrections/` and each language's `/<lang>/corrections/`. */
export async function correctionsPaths() {
  const briefs = await allBriefs();
  return uiLanguages.map((lang) => ({
    params: { lang: languageParam(lang) },
    props: { page: correctionsPage(lang, briefs) } satisfies CorrectionsProps,
  }));
}

/** `getStaticPaths` of each language's corrections feed, beside its page. */
export async function correctionsFeedPaths() {
  const briefs = await allBriefs();
  return uiLanguages.map((lang) => ({
    params: { lang: languageParam(lang) },
    props: { feed: correctionsFeed(lang, briefs) } satisfies FeedProps,
  }));
}
