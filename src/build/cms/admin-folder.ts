import { copyFile, mkdir, readdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cmsConfigFile, type CmsConfigOptions } from "./config.ts";
import { escapeHtml } from "../../lib/escape.ts";
import { languages } from "../../i18n/languages.ts";
import { cmsContentSecurityPolicy } from "../../model/security.ts";

/** Decap CMS's browser bundle and the chunks it loads from beside itself, from the npm package (no CDN). */
const decapDist = dirname(createRequire(import.meta.url).resolve("decap-cms"));
/** Files the admin page loads besides Decap: the widgets and preview set-up, and the site's stylesheet for the preview pane. */
const ownFiles = {
  "cms-setup.js": fileURLToPath(new URL("browser/cms-setup.js", import.meta.url)),
  "preview.css": fileURLToPath(new URL("../../styles/global.css", import.meta.url)),
};

/** Settings the set-up script reads from the page (a JSON data block, which CSP does not run). */
export interface SetupSettings {
  /** Texts of the heading that opens the analysis section, in every language. */
  analysisHeadings: string[];
  /** Values in use, offered as suggestions by the term widget, by field name. */
  terms: Record<string, readonly string[]>;
}

/** Decap's own files: `decap-cms.js` and the numbered chunks it loads on demand. */
export async function decapFiles(): Promise<Map<string, string>> {
  const names = (await readdir(decapDist)).filter((name) => /^(\d+\.)?decap-cms\.js$/.test(name));
  return new Map(names.map((name) => [name, join(decapDist, name)]));
}

/**
 * The editing UI's page: Decap CMS from this folder, the generated config beside it, the
 * policy of src/model/security.ts in a `<meta>` (so hosts without header rules enforce it
 * too), and `noindex`.
 */
export function adminPage(options: CmsConfigOptions): string {
  const { site, localBackend } = options;
  const settings: SetupSettings = {
    terms: Object.fromEntries(options.existingTerms),
    analysisHeadings: languages.flatMap((lang) => {
      const heading = site.analysisHeading[lang];
      return heading ? [heading.replaceAll("{org}", site.name)] : [];
    }),
  };
  const policy = cmsContentSecurityPolicy(site.cms, localBackend).join("; ");
  return `<!DOCTYPE html>
<html lang="${site.defaultLanguage}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
    <title>Editor · ${escapeHtml(site.name)}</title>
    <link rel="cms-config-url" type="text/yaml" href="config.yml">
    <script type="application/json" id="dispatch-cms-settings">${JSON.stringify(settings).replaceAll("<", "\\u003c")}</script>
  </head>
  <body>
    <noscript>The editor needs JavaScript. Briefs can also be written as Markdown files (docs/editors.md).</noscript>
    <script src="decap-cms.js"></script>
    <script src="cms-setup.js"></script>
  </body>
</html>
`;
}

/** Every file of the admin folder, by name: generated text, or a file to copy. */
export async function adminFolderFiles(
  options: CmsConfigOptions,
): Promise<Map<string, { text: string } | { path: string }>> {
  const files = new Map<string, { text: string } | { path: string }>([
    ["index.html", { text: adminPage(options) }],
    ["config.yml", { text: cmsConfigFile(options) }],
  ]);
  for (const [name, path] of [...(await decapFiles()), ...Object.entries(ownFiles)]) files.set(name, { path });
  return files;
}

/** Writes the editing UI into `folder` (the build's `admin/`, or a test's): page, config, Decap and the preview files. */
export async function writeAdminFolder(folder: string, options: CmsConfigOptions): Promise<void> {
  await mkdir(folder, { recursive: true });
  const files = await adminFolderFiles(options);
  await Promise.all(
    [...files].map(([name, source]) =>
      "text" in source ? writeFile(join(folder, name), source.text) : copyFile(source.path, join(folder, name)),
    ),
  );
}
