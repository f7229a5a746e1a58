#!/usr/bin/env node
/**
 * Builds dist/caseworker.html: the caseworker page (src/server/page/caseworker.html) with its script
 * (dist/caseworker-page.global.js, built by tsup) inlined, so the one file works offline — opened from a
 * disk or an intranet share, it computes in the browser. `dibao serve` serves the same file at `/`, marked
 * so the page calls the service instead. Run by `npm run build` after tsup.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * The page with `script` inlined. `</script` inside the script is written `<\/script` (the same text to
 * JavaScript, but it cannot end the element).
 * @param {string} template
 * @param {string} script
 */
export function inlinePage(template, script) {
  const marker = '<!--dibao-script-->';
  if (!template.includes(marker)) throw new Error(`the page template has no ${marker}`);
  const safe = script.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  return template.replace(marker, () => `<script>\n${safe}\n</script>`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = new URL('../', import.meta.url);
  const template = readFileSync(new URL('src/server/page/caseworker.html', root), 'utf8');
  const script = readFileSync(new URL('dist/caseworker-page.global.js', root), 'utf8');
  const html = inlinePage(template, script);
  writeFileSync(new URL('dist/caseworker.html', root), html);
  console.log(`caseworker page: dist/caseworker.html (${Math.round(html.length / 1024)} KB)`);
}
