// The founders' /start page in a real browser with JavaScript switched off: choose an adviser's free slot,
// write the brief, book, and see the confirmation (a screenshot is saved under artifacts/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { baseUrl, graphql, adminKey, launchChromium } from './support.mjs';

let browser, adviser, slot;

before(async () => {
  const tag = Math.random().toString(36).slice(2, 8);
  const registered = await graphql(
    'mutation($input: AdviserInput!) { registerAdviser(input: $input) { adviser { id } token errors { message } } }',
    { input: { name: `Browser Adviser ${tag}`, email: `adviser-${tag}@advice.example`, bio: 'Helped three tech co-ops form.',
      countries: ['GB'], languages: ['English'], topics: ['Legal forms'], timeZone: 'Europe/London', hoursPerMonth: 3 } });
  assert.deepEqual(registered.registerAdviser.errors, []);
  adviser = { ...registered.registerAdviser.adviser, token: registered.registerAdviser.token, name: `Browser Adviser ${tag}` };
  const verified = await graphql('mutation($id: ID!) { verifyAdviser(id: $id) { errors { message } } }', { id: adviser.id }, adminKey);
  assert.deepEqual(verified.verifyAdviser.errors, []);
  const start = new Date(Date.now() + 6 * 86400000);
  start.setUTCHours(10, 0, 0, 0);
  const added = await graphql('mutation($id: ID!, $slots: [SlotInput!]!) { addAdviceSlots(adviserId: $id, slots: $slots) { slots { id } errors { message } } }',
    { id: adviser.id, slots: [{ start: start.toISOString(), minutes: 60 }] }, adviser.token);
  assert.deepEqual(added.addAdviceSlots.errors, []);
  slot = added.addAdviceSlots.slots[0].id;
  browser = await launchChromium({ javaScriptEnabled: false });
});

after(async () => {
  await browser?.close();
});

test('a founder books an adviser\'s hour on /start without JavaScript and sees the confirmation', async () => {
  const page = await browser.newPage();
  const response = await page.goto(`${baseUrl}/start?country=GB&timeZone=Europe/London`);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-security-policy'], /default-src 'none'/);
  await page.getByRole('heading', { name: 'Founding a worker co-op in United Kingdom' }).waitFor();

  const fieldset = page.locator('fieldset', { has: page.locator('legend', { hasText: adviser.name }) });
  await fieldset.locator(`input[value="${slot}"]`).check();
  await page.getByLabel('Your name').fill('Browser Founder');
  await page.getByLabel(/Your e-mail/).fill('browser.founder@found.example');
  await page.getByLabel(/Your brief/).fill('Four of us were laid off from a Bristol studio; we want to form a worker co-op and ask which legal form suits.');
  await mkdir(new URL('./artifacts/', import.meta.url), { recursive: true });
  await page.screenshot({ path: new URL('./artifacts/start.png', import.meta.url).pathname, fullPage: true });
  await page.getByRole('button', { name: 'Book this hour' }).click();

  const confirmation = page.locator('#confirmation');
  await confirmation.waitFor();
  assert.match(await confirmation.textContent(), /Your hour is booked/);
  assert.match(await confirmation.textContent(), new RegExp(adviser.name));
  await page.screenshot({ path: new URL('./artifacts/start-confirmation.png', import.meta.url).pathname, fullPage: true });

  // The slot is taken: the page no longer offers it.
  await page.goto(`${baseUrl}/start?country=GB`);
  assert.equal(await page.locator(`input[value="${slot}"]`).count(), 0);
});
