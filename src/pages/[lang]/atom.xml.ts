import { allBriefs } from "../../content/briefs.ts";
import { uiLanguages } from "../../i18n/index.ts";
import { atomXml, siteFeed } from "../../model/feeds.ts";
import type { Language } from "../../i18n/languages.ts";

export function getStaticPaths() {
  return uiLanguages.map((lang) => ({ params: { lang }, props: { lang } }));
}

/** Atom 1.0 feed of one language's briefs. */
export async function GET({ props }: { props: { lang: Language } }) {
  return new Response(atomXml(siteFeed(await allBriefs(), props.lang), new Date()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
