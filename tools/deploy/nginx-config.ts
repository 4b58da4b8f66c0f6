/**
 * Prints an nginx server block for this site, from the same code as the committed example
 * (deploy/nginx.conf) and the nginx test. Usage:
 *
 *   SERVER_NAME=news.example.org SITE_ROOT=/var/www/dispatch BASE_PATH=/dispatch/ \
 *     npx node tools/deploy/nginx-config.ts > /etc/nginx/sites-available/dispatch
 *
 * TLS_CERT and TLS_KEY add https (and a port-80 redirect); without them it listens on LISTEN (80).
 */
import { nginxServerBlock } from "../../src/model/security.ts";
import { site } from "../../src/site.config.ts";

const env = process.env;
const certificate = env["TLS_CERT"];
const key = env["TLS_KEY"];

process.stdout.write(
  nginxServerBlock({
    listen: env["LISTEN"] ?? (certificate ? "443 ssl" : "80"),
    serverName: env["SERVER_NAME"] ?? new URL(site.url).hostname,
    root: env["SITE_ROOT"] ?? "/var/www/dispatch",
    basePath: site.basePath,
    ...(certificate && key ? { tls: { certificate, key } } : {}),
  }),
);
