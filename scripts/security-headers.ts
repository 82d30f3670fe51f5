/**
 * The security headers the app is served with, in one place: the Content-Security-Policy
 * meta tag in the built page, the `_headers` file a static host reads (Netlify, Cloudflare
 * Pages), `npm start` and the browser tests' servers all come from these lists, so they
 * cannot differ. docs/hosting.md shows them as nginx and Apache settings (a test keeps it
 * in step).
 */

/**
 * The app may load only its own files and connect nowhere else, so nothing a family types
 * can be sent away, even by mistake.
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** The policy as a meta tag can carry it: browsers ignore `frame-ancestors` there. */
export const META_POLICY = POLICY.join('; ');

/**
 * Powerful features the app never uses, refused to it and to anything it might embed.
 * Reading lines aloud (speechSynthesis) needs none of them: there is no speech input, so
 * the microphone stays off. Copying a draft needs clipboard-write, which stays with the app.
 */
const REFUSED_FEATURES = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Only a header can forbid framing: no other site can show the app inside its own page.
  'Content-Security-Policy': [...POLICY, "frame-ancestors 'none'"].join('; '),
  'X-Content-Type-Options': 'nosniff',
  // Addresses can name a guide or a draft; no other site needs to learn them.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': [
    ...REFUSED_FEATURES.map((feature) => `${feature}=()`),
    'clipboard-write=(self)',
  ].join(', '),
};

/** The `_headers` file: every path of the site gets every header. */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...lines, ''].join('\n');
}

/** Reads a `_headers` file: each path pattern ("/*", "/sw.js") with the headers it gets. */
export function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (colon > 0 && rule)
      rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a path matches a `_headers` pattern, where "*" stands for any run of characters. */
export function matchesPattern(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}
