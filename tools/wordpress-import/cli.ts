// Imports a WordPress export (WXR) into Markdown briefs. Usage: see printUsage or
// docs/migrating-from-wordpress.md.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { languages, type Language } from "../../src/i18n/languages.ts";
import { isKnownTimeZone } from "../../src/lib/dates.ts";
import { site } from "../../src/site.config.ts";
import { formatReport } from "./report.ts";
import { ImportError, importWordpress } from "./run-import.ts";
import { defaultTaxonomyOptions } from "./taxonomy.ts";

const usage = `Usage: npm run import:wordpress -- <export.xml> [options]

  --out <dir>               where briefs go, as <dir>/<yyyy>/<slug>.md (default: content/briefs)
  --lang <${languages.join("|")}>            language of the imported briefs (default: ${site.defaultLanguage})
  --time-zone <zone>        the WordPress site's IANA time zone, for dates without a GMT copy
                            (default: ${site.timeZone})
  --categories <tags|ignore> categories become tags, or are dropped (default: tags)
  --ignore-category <name>  a category never to import (repeatable; default: Uncategorized)
  --country-taxonomy <tax>  a custom taxonomy whose terms are countries, e.g. country (repeatable)
  --country-category <name> a category that is a country (repeatable)
  --country-parent <name>   a category whose sub-categories are countries (repeatable)
  --include-drafts          also write drafts, pending and scheduled posts, as draft: true
  --include-private         also write private and password-protected posts, as draft: true
  --no-updated              do not write 'updated' from the post's last modification
  --rewrite-url <from=to>   replace a URL prefix in bodies and images (repeatable)
  --media-dir <dir>         a copy of the old site's wp-content/uploads: every upload the posts use
                            is copied to <out>/../media/wordpress/ and linked from the briefs
  --media-url <prefix>      where that folder was on the old site
                            (default: the export's site URL + /wp-content/uploads/)
  --force                   overwrite briefs edited by hand since the last import
  --skip-invalid            write the valid posts even if some posts are invalid
  --dry-run                 report what would be written; write nothing
  --verbose                 list every file, not only the ones that need attention
  -h, --help                this text`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string", default: "content/briefs" },
    lang: { type: "string", default: site.defaultLanguage },
    "time-zone": { type: "string", default: site.timeZone },
    categories: { type: "string", default: "tags" },
    "ignore-category": { type: "string", multiple: true },
    "country-taxonomy": { type: "string", multiple: true, default: [] },
    "country-category": { type: "string", multiple: true, default: [] },
    "country-parent": { type: "string", multiple: true, default: [] },
    "include-drafts": { type: "boolean", default: false },
    "include-private": { type: "boolean", default: false },
    "no-updated": { type: "boolean", default: false },
    "rewrite-url": { type: "string", multiple: true, default: [] },
    "media-dir": { type: "string" },
    "media-url": { type: "string" },
    force: { type: "boolean", default: false },
    "skip-invalid": { type: "boolean", default: false },
    "dry-run": { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (values.help) {
  console.log(usage);
  process.exit(0);
}
const [input, ...extra] = positionals;
if (!input || extra.length > 0) fail("Give exactly one export file.");
if (!(languages as readonly string[]).includes(values.lang)) fail(`--lang must be one of: ${languages.join(", ")}`);
if (!isKnownTimeZone(values["time-zone"])) fail(`--time-zone "${values["time-zone"]}" is not an IANA time zone`);
if (values.categories !== "tags" && values.categories !== "ignore") fail("--categories must be tags or ignore");
const rewrites = values["rewrite-url"].map((pair) => {
  const at = pair.indexOf("=");
  if (at < 1) fail(`--rewrite-url "${pair}" must look like https://old.example/wp-content/uploads/=/uploads/`);
  return [pair.slice(0, at), pair.slice(at + 1)] as const;
});

const mediaDir = values["media-dir"] === undefined ? undefined : resolve(values["media-dir"]);
if (mediaDir !== undefined && !existsSync(mediaDir)) fail(`--media-dir "${values["media-dir"]}" is not a folder`);
if (values["media-url"] !== undefined && !/^https?:\/\//.test(values["media-url"]))
  fail(`--media-url "${values["media-url"]}" must start with http:// or https://`);
const outDir = resolve(values.out);
try {
  const report = await importWordpress({
    input: resolve(input),
    outDir,
    lang: values.lang as Language,
    timeZone: values["time-zone"],
    categoriesAsTags: values.categories === "tags",
    ignoredCategories: values["ignore-category"] ?? defaultTaxonomyOptions.ignoredCategories,
    countryTaxonomies: values["country-taxonomy"],
    countryCategories: values["country-category"],
    countryParents: values["country-parent"],
    includeDrafts: values["include-drafts"],
    includePrivate: values["include-private"],
    updatedFromModified: !values["no-updated"],
    rewriteUrls: rewrites,
    mediaDir,
    mediaUrl: values["media-url"],
    force: values.force,
    skipInvalid: values["skip-invalid"],
    dryRun: values["dry-run"],
  });
  console.log(formatReport(report, { outDir, dryRun: values["dry-run"], verbose: values.verbose }));
  process.exitCode = report.aborted ? 1 : 0;
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(`Import failed: ${error.message}\nNothing was written.`);
  process.exitCode = 1;
}
