/**
 * `npm run cms`: the editing UI on this machine, saving into this checkout's content/.
 * Starts Decap's local backend (decap-server) on 127.0.0.1 and the dev site with the
 * backend named in the CMS config, then prints where to go. Ctrl+C stops both.
 *
 * DECAP_PORT (8081) and PORT (4321) choose the ports.
 */
import { spawn } from "node:child_process";
import { startDecapServer } from "./decap-server.ts";
import { LOCAL_BACKEND_VARIABLE } from "../../src/build/cms/index.ts";
import { cmsPath } from "../../src/model/security.ts";
import { site } from "../../src/site.config.ts";

const port = process.env["PORT"] ?? "4321";
const decap = await startDecapServer(process.cwd(), Number(process.env["DECAP_PORT"] ?? 8081));
const dev = spawn(
  process.execPath,
  ["node_modules/astro/bin/astro.mjs", "dev", "--host", "127.0.0.1", "--port", port],
  {
    env: { ...process.env, [LOCAL_BACKEND_VARIABLE]: decap.api },
    stdio: "inherit",
  },
);
console.log(
  `\nThe editor: http://127.0.0.1:${port}${cmsPath(site.basePath)} (choose "Login"; files are saved under content/)\n`,
);

const stop = () => {
  dev.kill();
  void decap.stop();
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
dev.on("exit", (code) => {
  void decap.stop().then(() => process.exit(code ?? 0));
});
