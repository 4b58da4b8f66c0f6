import { readFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { adminFolderFiles, writeAdminFolder } from "./admin-folder.ts";
import type { CmsConfigOptions } from "./config.ts";
import { termsInUse } from "./existing-terms.ts";
import type { ContentChannel } from "../content-channel.ts";
import { cmsPath } from "../../model/security.ts";
import { site } from "../../site.config.ts";

/** Set by `npm run cms` (tools/cms/local.ts): the local decap-server's API, which only then goes into the config. */
export const LOCAL_BACKEND_VARIABLE = "DISPATCH_CMS_LOCAL_BACKEND";

function options(existingTerms: CmsConfigOptions["existingTerms"]): CmsConfigOptions {
  const localBackend = process.env[LOCAL_BACKEND_VARIABLE];
  return {
    site,
    // Where decap-server (run from the project root) and the Git host find the content.
    contentFolder: relative(process.cwd(), resolve(process.env["CONTENT_DIR"] ?? "content")).replaceAll("\\", "/"),
    existingTerms,
    ...(localBackend ? { localBackend } : {}),
  };
}

const contentTypes: Record<string, string> = {
  html: "text/html; charset=utf-8",
  yml: "text/yaml; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
};

/**
 * Astro integration: the editing UI at `/admin/` (Decap CMS, ADR 0007). A build writes it
 * into the output folder once the briefs are loaded (their terms become hints); `astro dev`
 * serves the same files from memory, so `npm run cms` needs no build.
 */
export function cmsAdmin(channel: ContentChannel): AstroIntegration {
  return {
    name: "dispatch-cms",
    hooks: {
      "astro:server:setup": ({ server }) => {
        const prefix = cmsPath(site.basePath);
        // Made once per server: a changed schema or site config needs a restart, as it does for the pages.
        const files = adminFolderFiles(options(new Map()));
        const serve = async (path: string, response: ServerResponse): Promise<boolean> => {
          const name = path.slice(prefix.length) || "index.html";
          const file = (await files).get(name);
          if (!file) return false;
          response.setHeader("Content-Type", contentTypes[name.split(".").at(-1) ?? ""] ?? "application/octet-stream");
          response.end("text" in file ? file.text : await readFile(file.path));
          return true;
        };
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split("?")[0] ?? "";
          if (!path.startsWith(prefix)) {
            next();
            return;
          }
          serve(path, response).then((served) => {
            if (!served) next();
          }, next);
        });
      },
      "astro:build:done": async ({ dir }) => {
        const { briefs } = channel.loadedBriefs("The editing UI");
        await writeAdminFolder(join(fileURLToPath(dir), "admin"), options(termsInUse(briefs)));
      },
    },
  };
}
