import { z } from "zod";

const text = (what: string) =>
  z
    .string({ error: `must be text (${what})` })
    .trim()
    .min(1, `must not be empty (${what})`);

/** Front matter of an optional author profile (`content/authors/*.md`). */
export const authorProfileSchema = z
  .object({
    /** The byline exactly as briefs spell it (case and accents may differ: they share a slug). */
    name: text("the author's name as used in bylines"),
    /** Job title or beat, e.g. "Senior Investigator". */
    role: text("a job title").optional(),
    /** One short paragraph about the author, as plain text. */
    bio: text("a short biography").optional(),
    /** Profiles elsewhere: label and https URL. */
    links: z
      .array(z.object({ label: text("link text"), url: z.url({ error: "must be an absolute URL" }) }).strict(), {
        error: "must be a list of { label, url }",
      })
      .default([]),
  })
  .strict();

export type AuthorProfileFrontMatter = z.output<typeof authorProfileSchema>;
