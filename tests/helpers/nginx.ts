import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { nginxServerBlock } from "../../src/model/security.ts";

export interface RunningNginx {
  origin: string;
  stop(): Promise<void>;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => {
      resolve(false);
    });
  });
}

/**
 * Starts Debian's nginx in the foreground with a throwaway config around the same server
 * block deploy/nginx.conf is made from, serving `root` under `basePath` on a loopback port.
 */
export async function startNginx(options: { root: string; basePath: string; port: number }): Promise<RunningNginx> {
  const { port } = options;
  if (await portOpen(port)) throw new Error(`Port ${port} is taken; set NGINX_PORT to a free one`);
  const dir = mkdtempSync(join(tmpdir(), "dispatch-nginx-"));
  const config = [
    // Only takes effect when started as root (CI): workers then read the build as its owner.
    `user ${userInfo().username};`,
    "worker_processes 1;",
    "daemon off;",
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    "events { worker_connections 64; }",
    "http {",
    "  include /etc/nginx/mime.types;",
    "  default_type application/octet-stream;",
    "  access_log off;",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `  ${kind}_temp_path ${dir}/${kind};`),
    nginxServerBlock({
      listen: `127.0.0.1:${port}`,
      serverName: "localhost",
      root: options.root,
      basePath: options.basePath,
    }),
    "}",
  ].join("\n");
  const configPath = join(dir, "nginx.conf");
  writeFileSync(configPath, config);

  // Debian installs nginx in /usr/sbin, which a non-root PATH often lacks.
  const nginx = process.env["NGINX"] ?? (existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx");
  const child = spawn(nginx, ["-p", dir, "-c", configPath, "-e", join(dir, "error.log")], { stdio: "ignore" });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const errorLog = () => {
    try {
      return readFileSync(join(dir, "error.log"), "utf8");
    } catch {
      return "(no error log)";
    }
  };

  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${errorLog()}`);
    if (await portOpen(port)) {
      return {
        origin: `http://127.0.0.1:${port}`,
        async stop() {
          child.kill("SIGTERM");
          await exited;
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill("SIGTERM");
  throw new Error(`nginx did not listen on ${port} within 5 s:\n${errorLog()}`);
}
