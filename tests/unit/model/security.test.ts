import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  headerContentSecurityPolicy,
  headersFile,
  nginxServerBlock,
  scriptSources,
  securityHeaders,
  sharedDirectives,
  styleSources,
} from "../../../src/model/security.ts";

const directiveNames = (policy: readonly string[]) => policy.map((directive) => directive.split(" ")[0]);

describe("Content-Security-Policy", () => {
  it("keeps scripts and styles to the site's own files in the per-page policy", () => {
    expect(scriptSources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(styleSources).toEqual(["'self'"]);
    expect(scriptSources.join(" ")).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  });

  it("puts nothing in the <meta> policy that browsers ignore there", () => {
    expect(directiveNames(sharedDirectives)).not.toEqual(expect.arrayContaining(["frame-ancestors"]));
    expect(directiveNames(sharedDirectives)).not.toContain("report-uri");
    expect(directiveNames(sharedDirectives)).not.toContain("sandbox");
  });

  it("leaves scripts and styles to the page's hashes in the header, and forbids framing", () => {
    const names = directiveNames(headerContentSecurityPolicy().split("; "));
    expect(names).not.toContain("script-src");
    expect(names).not.toContain("style-src");
    expect(names).not.toContain("default-src");
    expect(names).toContain("frame-ancestors");
    expect(headerContentSecurityPolicy()).toContain("object-src 'none'");
  });
});

describe("headersFile", () => {
  it("sends the security headers on every path under the base and caches /_astro/ for a year", () => {
    const file = headersFile("/dispatch/");
    const headers = securityHeaders();
    expect(file).toContain(`/dispatch/*\n  Content-Security-Policy: ${headers["Content-Security-Policy"]}\n`);
    for (const name of [
      "X-Content-Type-Options",
      "Referrer-Policy",
      "Permissions-Policy",
      "Strict-Transport-Security",
    ]) {
      expect(file).toContain(`  ${name}: ${headers[name]}\n`);
    }
    expect(file).toMatch(/\n\/dispatch\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable\n$/);
    // Cloudflare would merge a second Cache-Control into /_astro/ responses.
    expect(file.match(/Cache-Control/g)).toHaveLength(1);
  });
});

describe("nginxServerBlock", () => {
  const block = nginxServerBlock({
    listen: "127.0.0.1:8080",
    serverName: "localhost",
    root: "/srv/site/",
    basePath: "/dispatch/",
  });

  it("repeats every header in each location, since nginx drops inherited add_header lines", () => {
    const locations = block.split(/\n {2}location /).slice(1);
    expect(locations.map((location) => location.split(" ")[0])).toEqual(["=", "/dispatch/_astro/", "/dispatch/"]);
    for (const location of locations.slice(1)) {
      for (const name of Object.keys(securityHeaders())) expect(location).toContain(`add_header ${name} `);
    }
    expect(locations[1]).toContain(`add_header Cache-Control "public, max-age=31536000, immutable" always;`);
    expect(locations[2]).toContain(`add_header Cache-Control "public, max-age=300, must-revalidate" always;`);
  });

  it("serves the build under the sub-path and sends the bare sub-path to its slash", () => {
    expect(block).toContain("location = /dispatch {\n    return 301 /dispatch/;");
    expect(block).toContain("alias /srv/site/;");
    expect(block).toContain("alias /srv/site/_astro/;");
  });

  it("serves a root deployment without the sub-path redirect", () => {
    const root = nginxServerBlock({ listen: "80", serverName: "x", root: "/srv", basePath: "/" });
    expect(root).not.toContain("location = ");
    expect(root).toContain("location / {");
  });

  it("is what deploy/nginx.conf holds (regenerate it with tools/deploy/nginx-config.ts)", () => {
    const expected = nginxServerBlock({
      listen: "443 ssl",
      serverName: "news.example.org",
      root: "/var/www/dispatch",
      basePath: "/dispatch/",
      tls: {
        certificate: "/etc/letsencrypt/live/news.example.org/fullchain.pem",
        key: "/etc/letsencrypt/live/news.example.org/privkey.pem",
      },
    });
    expect(readFileSync("deploy/nginx.conf", "utf8")).toBe(expected);
  });
});
