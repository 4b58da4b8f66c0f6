import { termSlug } from "../lib/slugs.ts";

/** An author's optional profile (`content/authors/*.md`), keyed by the slug of the byline. */
export interface AuthorProfile {
  slug: string;
  name: string;
  role: string | undefined;
  bio: string | undefined;
  links: { label: string; url: string }[];
}

/**
 * Profiles by author slug. A profile belongs to every byline with the same slug as its
 * `name`, so `María Pérez` and `Maria Perez` in front matter share one profile and page.
 * Two profiles for one author would make the page ambiguous, so that is an error naming both.
 */
export function profilesBySlug(
  profiles: readonly (Omit<AuthorProfile, "slug"> & { file: string })[],
): Map<string, AuthorProfile> {
  const bySlug = new Map<string, AuthorProfile>();
  const fileBySlug = new Map<string, string>();
  for (const { file, ...profile } of profiles) {
    const slug = termSlug(profile.name);
    const existing = fileBySlug.get(slug);
    if (existing !== undefined) {
      throw new Error(`Two author profiles for "${profile.name}": ${existing} and ${file}`);
    }
    fileBySlug.set(slug, file);
    bySlug.set(slug, { ...profile, slug });
  }
  return bySlug;
}
