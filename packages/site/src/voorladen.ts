/**
 * The preload block of the app's `index.html`: `<link rel="preload">` for the files the first view
 * reads (the default package's manifest and its shipped figures under today's boundaries), so they
 * arrive while the app's code still loads. The plain build preloads the embedded demo package
 * (apps/dashboard/vite.config.ts writes the block between the same markers); a published site
 * preloads its default package instead, and a site without one preloads nothing.
 */
const BEGIN = '<!-- pw:voorladen -->';
const EINDE = '<!-- /pw:voorladen -->';

/** `html` with its preload block (between the markers) replaced by links to `bestanden` under `map` (a path under the site, e.g. `/data/pakketten/<hash>/`). */
export function metVoorladen(html: string, map: string, bestanden: readonly string[]): string {
  const begin = html.indexOf(BEGIN);
  const einde = html.indexOf(EINDE);
  // Addresses are the site's own file names (manifest.json, <tabel>.arrow) under a hash folder: escaped all the same.
  const attribuut = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const links = bestanden.map((b) => `<link rel="preload" href="${attribuut(`${map}${b}`)}" as="fetch" crossorigin="anonymous" />`).join('');
  if (begin < 0 || einde < begin) return html.replace('</head>', `${BEGIN}${links}${EINDE}</head>`);
  return `${html.slice(0, begin + BEGIN.length)}${links}${html.slice(einde)}`;
}
