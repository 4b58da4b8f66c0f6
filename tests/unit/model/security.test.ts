import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  cmsContentSecurityPolicy,
  cmsHeaders,
  cmsOrigins,
  headerContentSecurityPolicy,
  headersFile,
  nginxServerBlock,
  scriptSources,
  securityHeaders,
  sharedDirectives,
  styleSources,
} from "../../../src/model/security.ts";
import { site } from "../../../src/site.config.ts";

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
    expect(file).toMatch(/\n\/dispatch\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable\n\n/);
    // Cloudflare would merge a site-wide Cache-Control into /_astro/ responses.
    const siteWide = file.split("\n\n")[0]!;
    expect(siteWide).not.toContain("Cache-Control");
  });

  it("gives /admin/ its own policy, noindex and no caching, and nothing it would repeat from the site-wide rule", () => {
    const file = headersFile("/dispatch/");
    const admin = file.slice(file.indexOf("/dispatch/admin/*\n"));
    expect(admin).toContain(`  Content-Security-Policy: ${cmsHeaders()["Content-Security-Policy"]}\n`);
    expect(admin).toContain("  X-Robots-Tag: noindex, nofollow\n");
    expect(admin).toContain("  Cache-Control: no-cache\n");
    // Cloudflare joins a header two rules name into one value: only what differs is repeated.
    expect(admin).not.toContain("X-Content-Type-Options");
  });
});

describe("the editing UI's policy", () => {
  const github = {
    backend: "github",
    repo: "n/d",
    branch: "main",
    baseUrl: "https://oauth.example.org/",
    appId: "",
    apiRoot: "",
    mediaFolder: "images",
  } as const;

  it("connects only to the site, the Git host's API and the OAuth service", () => {
    expect(cmsOrigins(github)).toEqual(["https://api.github.com", "https://oauth.example.org"]);
    expect(cmsOrigins({ ...github, backend: "gitlab", baseUrl: "" })).toEqual(["https://gitlab.com"]);
    expect(
      cmsOrigins({ ...github, backend: "gitlab", baseUrl: "", apiRoot: "https://git.example.org/api/v4" }),
    ).toEqual(["https://git.example.org", "https://gitlab.com"]);
  });

  it("allows eval and inline styles for Decap, and the local decap-server only when asked", () => {
    const policy = cmsContentSecurityPolicy(github);
    expect(policy).toContain("script-src 'self' 'unsafe-eval'");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("connect-src 'self' https://api.github.com https://oauth.example.org");
    expect(policy.join("; ")).not.toContain("127.0.0.1");
    expect(cmsContentSecurityPolicy(github, "http://127.0.0.1:8081/api/v1")).toContain(
      "connect-src 'self' https://api.github.com https://oauth.example.org http://127.0.0.1:8081",
    );
  });

  it("lets the site-wide header pass the CMS's requests, for hosts that send both policies", () => {
    for (const origin of cmsOrigins(site.cms)) expect(headerContentSecurityPolicy()).toContain(origin);
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
    expect(locations.map((location) => location.split(" ")[0])).toEqual([
      "=",
      "/dispatch/_astro/",
      "/dispatch/admin/",
      "/dispatch/",
    ]);
    for (const location of locations.slice(1)) {
      for (const name of Object.keys(securityHeaders())) expect(location).toContain(`add_header ${name} `);
    }
    expect(locations[1]).toContain(`add_header Cache-Control "public, max-age=31536000, immutable" always;`);
    expect(locations[2]).toContain(`add_header X-Robots-Tag "noindex, nofollow" always;`);
    expect(locations[2]).toContain(`add_header Content-Security-Policy "${cmsHeaders()["Content-Security-Policy"]}"`);
    expect(locations[3]).toContain(`add_header Cache-Control "public, max-age=300, must-revalidate" always;`);
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
