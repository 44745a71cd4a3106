// The movement in numbers in a real browser: /stats draws its charts as inline SVG made on the server, loads nothing
// else (no script, font, style sheet or image from anywhere), and reads the same with JavaScript off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { baseUrl, graphql, seedCoop, launchChromium } from './support.mjs';

const adminKey = process.env.ROLESBOARD_ADMIN_KEY ?? 'live-check-admin-key';
let browser;

before(async () => {
  await seedCoop([
    { title: 'Stats Python developer', description: 'Django for unions.', skills: ['Python', 'PostgreSQL'], salary: { min: 30000, max: 40000, currency: 'GBP', period: 'YEAR' } },
    { title: 'Stats Elixir developer', description: 'Phoenix for co-ops.', skills: ['Elixir'] },
    { title: 'Stats Python tester', description: 'Testing.', skills: ['Python', 'Testing'] },
  ]);
  const run = await graphql('mutation { snapshotMovementStats { outcome errors { code } } }', {}, adminKey);
  assert.deepEqual(run.snapshotMovementStats.errors, []);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

test('the stats page renders its SVG charts and loads nothing else', async () => {
  const page = await browser.newPage();
  const requests = [];
  const problems = [];
  page.on('request', r => requests.push(r.url()));
  page.on('pageerror', e => problems.push(e.message));
  const failed = [];
  page.on('response', r => { if (r.status() >= 400) failed.push(new URL(r.url()).pathname); });
  // Chromium asks for /favicon.ico by itself (we serve none); its 404 is the only failed load we expect.
  page.on('console', m => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text()); });
  const response = await page.goto(`${baseUrl}/stats`);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-security-policy'], /default-src 'none'/);

  for (const id of ['chart-roles', 'chart-open', 'chart-skills']) {
    const box = await page.locator(`#${id}`).boundingBox();
    assert.ok(box && box.width > 300 && box.height > 50, `${id} is drawn (${JSON.stringify(box)})`);
    assert.ok((await page.locator(`#${id} title`).first().textContent()).length > 0);
  }
  // This week's bar for roles opened has a visible height, and the skills chart leads with Python.
  const tallest = await page.locator('#chart-roles rect.bar').evaluateAll(bars => Math.max(...bars.map(b => b.getBoundingClientRect().height)));
  assert.ok(tallest > 10, `the opened bar is drawn (${tallest}px)`);
  assert.match(await page.locator('#chart-skills desc').textContent(), /^Bar chart: Python \d+/);
  assert.equal(await page.locator('a[rel=license]').getAttribute('href'), 'https://creativecommons.org/licenses/by/4.0/');
  assert.deepEqual(requests.filter(u => !u.startsWith(`${baseUrl}/stats`)), []);
  assert.deepEqual(problems, []);
  assert.deepEqual(failed.filter(p => p !== '/favicon.ico'), []);

  await mkdir(new URL('./artifacts/', import.meta.url), { recursive: true });
  await page.screenshot({ path: new URL('./artifacts/stats.png', import.meta.url).pathname, fullPage: true });
});

test('the figures and the numbers table read without JavaScript', async () => {
  const context = await browser.browser()?.newContext({ javaScriptEnabled: false }) ?? null;
  const page = context ? await context.newPage() : await browser.newPage();
  await page.goto(`${baseUrl}/stats`);
  const figures = await page.locator('dl.figures dt').allTextContents();
  assert.ok(figures.includes('Open roles'));
  await page.locator('details summary').click();
  assert.ok(await page.locator('details table tbody tr').count() > 0);
  await context?.close();
});
