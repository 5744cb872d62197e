import { BEVEILIGINGSKOPPEN, ONVERANDERLIJK, SOORTEN } from '@pw/server';

/**
 * Ready-to-use server configuration for a published site, from the same header table and caching
 * rule as `npm start` (@pw/server), so every way the app is served sends the same headers:
 * security headers on every response; hashed assets and packages by hash immutable; index.html,
 * the package list and the service worker `no-cache`; precompressed `.br`/`.gz` files where the
 * server can send them; a page route without its own folder gets index.html.
 */

const NGINX_TYPES = Object.entries(SOORTEN).map(([ext, soort]) => `    ${soort.split(';')[0]} ${ext.slice(1)};`);

function nginxKoppen(cache: string, inspringing: string): string {
  return [...Object.entries(BEVEILIGINGSKOPPEN), ['Cache-Control', cache]].map(([k, v]) => `${inspringing}add_header ${k} "${v}" always;`).join('\n');
}

/** `nginx.conf`: a `server` block to include (root and server_name to fill in). */
export function nginxConfig(): string {
  return `# pw-monitor: gepubliceerde site (gemaakt met npm run site). Neem dit server-blok op in nginx
# (bijvoorbeeld als /etc/nginx/conf.d/pw-monitor.conf) en vul server_name en root in.
# Beveiligingskoppen en cacheregels zijn dezelfde als die van npm start (packages/server).
server {
    listen 80;
    server_name pw-monitor.example.local;
    root /srv/pw-monitor/site;
    index index.html;
    charset utf-8;
    server_tokens off;

    # Typen die de standaardtabel van nginx mist (DuckDB-WASM, datapakketten).
    include mime.types;
    types {
${NGINX_TYPES.join('\n')}
    }

    # Voorgecomprimeerde bestanden (.gz naast elk bestand) worden verstuurd aan een browser die ze
    # accepteert. Met de module ngx_brotli ook .br: haal dan het # weg voor brotli_static.
    gzip_static on;
    # brotli_static on;
    gzip on;
    gzip_types application/javascript text/css application/json application/wasm application/vnd.apache.arrow.file image/svg+xml;

    # Bestanden met een hash in hun naam veranderen nooit.
    location /assets/ {
${nginxKoppen(ONVERANDERLIJK, '        ')}
        try_files $uri =404;
    }
    # Datapakketten staan onder hun hash en veranderen nooit.
    location ~ "^/data/pakketten/[0-9a-f]{64}/" {
${nginxKoppen(ONVERANDERLIJK, '        ')}
        try_files $uri =404;
    }
    # De pakketlijst en al het andere onder /data/: elke keer controleren; wat ontbreekt is een 404.
    location /data/ {
${nginxKoppen('no-cache', '        ')}
        try_files $uri =404;
    }
    # index.html, de service worker en elke paginaroute (ook /uitkeringen?gebied=…): elke keer controleren.
    location / {
${nginxKoppen('no-cache', '        ')}
        try_files $uri $uri/index.html /index.html;
    }
}
`;
}

const xml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** IIS `clientCache` for one folder or file. */
function iisCache(pad: string, onveranderlijk: boolean): string {
  const cache = onveranderlijk
    ? '<clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="public, immutable" />'
    : '<clientCache cacheControlMode="DisableCache" />';
  return `  <location path="${pad}">
    <system.webServer>
      <staticContent>
        ${cache}
      </staticContent>
    </system.webServer>
  </location>`;
}

/** `web.config` for IIS (7.5 or newer): every page route has its own index.html, so no rewrite module is needed. */
export function webConfig(): string {
  const mime = Object.entries(SOORTEN)
    .map(([ext, soort]) => `        <remove fileExtension="${ext}" />\n        <mimeMap fileExtension="${ext}" mimeType="${xml(soort)}" />`)
    .join('\n');
  const koppen = Object.entries(BEVEILIGINGSKOPPEN)
    .map(([k, v]) => `        <remove name="${k}" />\n        <add name="${k}" value="${xml(v)}" />`)
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- pw-monitor: gepubliceerde site (gemaakt met npm run site). Zet de map als website of virtuele map
     in IIS; deze web.config geeft dezelfde beveiligingskoppen en cacheregels als npm start. -->
<configuration>
  <system.webServer>
    <defaultDocument enabled="true">
      <files>
        <clear />
        <add value="index.html" />
      </files>
    </defaultDocument>
    <directoryBrowse enabled="false" />
    <staticContent>
${mime}
      <clientCache cacheControlMode="DisableCache" />
    </staticContent>
    <!-- IIS comprimeert zelf (gzip, met de IIS Compression-module ook brotli) en bewaart het resultaat. -->
    <urlCompression doStaticCompression="true" doDynamicCompression="false" />
    <httpProtocol>
      <customHeaders>
        <remove name="X-Powered-By" />
${koppen}
      </customHeaders>
    </httpProtocol>
    <security>
      <requestFiltering>
        <verbs allowUnlisted="false">
          <add verb="GET" allowed="true" />
          <add verb="HEAD" allowed="true" />
        </verbs>
      </requestFiltering>
    </security>
  </system.webServer>
${iisCache('assets', true)}
${iisCache('data/pakketten', true)}
${iisCache('data/pakketten.json', false)}
${iisCache('index.html', false)}
</configuration>
`;
}
