// The widget in a real browser: a host page on another origin embeds /embed.js, and the matching roles
// appear inside the widget's shadow root, untouched by the host page's hostile CSS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdir } from 'node:fs/promises';
import { baseUrl, seedCoop, launchChromium } from './support.mjs';

let host, hostUrl, browser, coop;

before(async () => {
  coop = await seedCoop([
    { title: 'Widget Elixir developer', description: 'Phoenix for co-ops.', skills: ['Elixir'], remote: 'REMOTE', location: 'Leeds, UK' },
    { title: 'Widget Elixir tester', description: 'Testing Phoenix apps.', skills: ['Elixir', 'Testing'], remote: 'HYBRID' },
    { title: 'Widget Cobol developer', description: 'Mainframes.', skills: ['COBOL'] },
  ], { ownership: 'WORKER_OWNED', flatPay: true, membershipAfterMonths: 6, hoursPerWeek: 32 });
  host = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (req.url === '/iframe') {
      res.end(`<!doctype html><title>Framed</title><iframe title="Roles" src="${baseUrl}/embed?skill=elixir&amp;coop=${coop.slug}" width="600" height="400"></iframe>`);
      return;
    }
    res.end(`<!doctype html><html lang="en"><head><title>A co-op network site</title>
      <style>* { color: red !important; font-family: serif !important; display: inline !important } li { display: none !important }</style></head>
      <body><h1>Our network's jobs</h1>
      <script src="${baseUrl}/embed.js" data-skill="elixir" data-coop="${coop.slug}" data-limit="10"></script>
      <p id="after">Host content after the widget.</p></body></html>`);
  });
  await new Promise(resolve => host.listen(0, '127.0.0.1', resolve));
  // localhost vs 127.0.0.1 and a different port: a different origin from the API.
  hostUrl = `http://localhost:${host.address().port}/`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise(resolve => host ? host.close(resolve) : resolve());
});

test('the widget renders matching roles inside a shadow root on another origin', async () => {
  assert.notEqual(new URL(hostUrl).origin, new URL(baseUrl).origin);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(e.message));
  await page.goto(hostUrl);

  const widget = page.locator('.rolesboard-widget');
  await widget.locator('li a').first().waitFor({ timeout: 15000 });
  const titles = await widget.locator('li a').allTextContents();
  assert.deepEqual(titles.sort(), ['Widget Elixir developer', 'Widget Elixir tester']);

  const shadow = await page.evaluate(() => {
    const host = document.querySelector('.rolesboard-widget');
    const link = host.shadowRoot.querySelector('li a');
    return {
      inShadow: host.shadowRoot !== null && document.querySelectorAll('li').length === 0,
      afterScript: host.previousElementSibling.tagName === 'SCRIPT' && host.nextElementSibling.id === 'after',
      linkColor: getComputedStyle(link).color,
      headingColor: getComputedStyle(host.shadowRoot.querySelector('h2')).color,
      headingFont: getComputedStyle(host.shadowRoot.querySelector('h2')).fontFamily,
      itemDisplay: getComputedStyle(host.shadowRoot.querySelector('li')).display,
      href: link.href,
    };
  });
  assert.ok(shadow.inShadow, 'roles live in the shadow root, not the host document');
  assert.ok(shadow.afterScript, 'the widget sits right after its script tag');
  assert.notEqual(shadow.linkColor, 'rgb(255, 0, 0)', "the host's CSS does not reach the widget");
  assert.notEqual(shadow.headingColor, 'rgb(255, 0, 0)', 'nothing inherits from the host element either');
  assert.notEqual(shadow.headingFont, 'serif');
  assert.notEqual(shadow.itemDisplay, 'none');
  assert.ok(shadow.href.startsWith(`${baseUrl}/roles/`));
  // and the widget's CSS does not leak out
  assert.equal(await page.locator('#after').evaluate(e => getComputedStyle(e).color), 'rgb(255, 0, 0)');
  assert.deepEqual(errors, []);

  await mkdir(new URL('./artifacts/', import.meta.url), { recursive: true });
  await page.screenshot({ path: new URL('./artifacts/widget.png', import.meta.url).pathname, fullPage: true });
});

test("each role shows its co-op's facts beside the co-op's name, as text", async () => {
  const page = await browser.newPage();
  await page.goto(hostUrl);
  const widget = page.locator('.rolesboard-widget');
  await widget.locator('li a').first().waitFor({ timeout: 15000 });
  const metas = await widget.locator('li .meta').allTextContents();
  assert.equal(metas.length, 2);
  for (const meta of metas) {
    const parts = meta.split(' · ');
    assert.equal(parts[0], `Browser Test Co-op ${coop.tag}`);
    for (const fact of ['Worker-owned', 'Flat pay', 'Member after 6 months', '32-hour week']) {
      assert.ok(parts.includes(fact), `"${fact}" in "${meta}"`);
    }
  }
  // Set as text: the facts add no elements inside the item.
  assert.equal(await widget.locator('li .meta *').count(), 0);
});

test('the iframe form lists the same roles', async () => {
  const page = await browser.newPage();
  await page.goto(`${hostUrl}iframe`);
  const frame = page.frameLocator('iframe');
  await frame.locator('ul.roles li a').first().waitFor({ timeout: 15000 });
  assert.deepEqual((await frame.locator('ul.roles li a').allTextContents()).sort(), ['Widget Elixir developer', 'Widget Elixir tester']);
});
