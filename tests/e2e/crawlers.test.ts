/** What a search engine's crawler finds: real robots.txt and sitemap files, on any host. */
import { readdirSync } from 'node:fs';
import { appUrl, staticUrl } from './browser';
import { SITE_URL } from './serve-build';

const guides = readdirSync('content/en/scenarios');

describe.each([
  ['vite preview', appUrl],
  ['a plain static host', staticUrl],
])('served by %s', (_host, url) => {
  test('/robots.txt is the robots file, naming the sitemap, not the app', async () => {
    const response = await fetch(`${url}/robots.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).not.toContain('<html');
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Allow: \/$/m);
    expect(text).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  });

  test('/sitemap.xml lists the home page and every guide in both languages', async () => {
    const response = await fetch(`${url}/sitemap.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/xml/);
    const locations = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => match[1],
    );
    expect(locations).toContain(`${SITE_URL}/`);
    expect(locations).toContain(`${SITE_URL}/es/`);
    for (const guide of guides) {
      expect(locations).toContain(`${SITE_URL}/scenarios/${guide}/`);
      expect(locations).toContain(`${SITE_URL}/es/scenarios/${guide}/`);
    }
    expect(locations).not.toContain(`${SITE_URL}/search/`);
    // Every address in it is a page the host serves.
    for (const location of locations) {
      const page = await fetch(location!.replace(SITE_URL, url));
      expect(page.status).toBe(200);
    }
  });
});
