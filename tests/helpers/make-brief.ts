import { toBrief, type Brief } from "../../src/model/briefs.ts";
import { briefSchema } from "../../src/schemas/brief.ts";

/**
 * A Brief as the build would make it: front matter goes through the real schema (so dates
 * are parsed and defaults filled) and the real `toBrief`. Only `title` and `date` default.
 */
export function makeBrief(slug: string, frontMatter: Record<string, unknown> = {}, firstParagraph = ""): Brief {
  const data = briefSchema.parse({ title: `Brief ${slug}`, date: "2024-01-01", ...frontMatter });
  return toBrief(
    { id: slug, filePath: `content/briefs/${slug}.md`, data, rendered: { metadata: { firstParagraph } } },
    "Default Desk",
  );
}
