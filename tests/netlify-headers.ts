// netlify.toml as the tests see it: the [[headers]] rules, and the headers Netlify would
// send for a URL path (every matching rule applies; a header name repeated across
// matching rules is joined with ", ", as Netlify does). Used by tests/netlify.test.ts and
// by tests/e2e/security.e2e.ts, which applies them to the pages in Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'smol-toml';

export interface HeaderRule {
  for: string;
  values: Record<string, string>;
}

export interface NetlifyConfig {
  build?: { command?: string; publish?: string; environment?: Record<string, string> };
  headers?: HeaderRule[];
  redirects?: unknown[];
}

export function readNetlifyToml(file = path.join(process.cwd(), 'netlify.toml')): NetlifyConfig {
  return parse(fs.readFileSync(file, 'utf8')) as unknown as NetlifyConfig;
}

/**
 * Netlify path patterns, as @netlify/headers-parser compiles them (getForRegExp): the
 * pattern's segments joined, then an optional trailing slash, case-insensitive; ":name"
 * is one segment; a segment that is just "*" makes the slash before it optional and
 * matches the rest ("/gmina/*" also matches "/gmina" and "/gminax"), so rules meant to
 * stay apart use ":name" segments before the "*".
 */
export function patternRegExp(pattern: string): RegExp {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = pattern
    .split('/')
    .map((p) => p.trimEnd())
    .filter(Boolean)
    .map((p) => (p.startsWith(':') ? '([^/]+)' : p === '*' ? '?(.*)' : p.includes('*') ? p.replaceAll('*', '(.*)') : esc(p)))
    .join('/');
  return new RegExp(`^/${body}/?$`, 'iu');
}

export function ruleMatches(pattern: string, urlPath: string): boolean {
  return patternRegExp(pattern).test(urlPath);
}

export function matchingRules(config: NetlifyConfig, urlPath: string): HeaderRule[] {
  return (config.headers ?? []).filter((r) => ruleMatches(r.for, urlPath));
}

/** Header name (lower case) → value, as sent for `urlPath`. */
export function headersFor(config: NetlifyConfig, urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of matchingRules(config, urlPath))
    for (const [k, v] of Object.entries(rule.values)) {
      const key = k.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${v}` : v;
    }
  return out;
}

/** CSP directives of one policy: name → source list. */
export function cspDirectives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}
