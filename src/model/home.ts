import { groupTerms, type Term } from "./terms.ts";
import { termSlug } from "../lib/slugs.ts";

interface HomeBrief {
  date: Date;
  tags: readonly string[];
  countries: readonly string[];
}

/** A home-page section for one topic or country: its newest briefs. */
export interface TermSection<T> {
  term: Term;
  briefs: T[];
}

export interface HomePage<T> {
  /** The newest brief, shown larger. */
  lead: T | undefined;
  /** The next newest briefs. */
  latest: T[];
  topics: TermSection<T>[];
  countries: TermSection<T>[];
}

export interface HomeOptions {
  /** Briefs in the lead + latest block. */
  latest: number;
  /** Sections of topics, and of countries. */
  sections: number;
  /** Briefs per section. */
  perSection: number;
  /** "Most active" counts only this many of the newest briefs, so a topic busy ten years ago does not hold the page. */
  activityWindow: number;
}

const defaults: HomeOptions = { latest: 7, sections: 3, perSection: 3, activityWindow: 200 };

/** The home page of one language, from its briefs sorted newest first. */
export function homePage<T extends HomeBrief>(briefs: readonly T[], options: Partial<HomeOptions> = {}): HomePage<T> {
  const { latest, sections, perSection, activityWindow } = { ...defaults, ...options };
  const recent = briefs.slice(0, activityWindow);
  const sectionsOf = (namesOf: (brief: T) => readonly string[]): TermSection<T>[] =>
    groupTerms(recent, namesOf)
      .slice(0, sections)
      .map((term) => ({
        term,
        briefs: recent
          .filter((brief) => namesOf(brief).some((name) => termSlug(name) === term.slug))
          .slice(0, perSection),
      }));
  return {
    lead: briefs[0],
    latest: briefs.slice(1, latest),
    topics: sectionsOf((brief) => brief.tags),
    countries: sectionsOf((brief) => brief.countries),
  };
}
