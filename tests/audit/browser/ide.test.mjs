// The GraphQL IDE in a real browser: GET /graphql as a page, run the saved example query, see the result.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { baseUrl, seedCoop, launchChromium } from './support.mjs';

let browser;

before(async () => {
  await seedCoop([{ title: 'IDE Haskell developer', description: 'Types all the way.', skills: ['Haskell'], remote: 'REMOTE' }]);
  browser = await launchChromium();
});

after(async () => browser?.close());

test('the IDE loads from the API itself and runs a query', async () => {
  const page = await browser.newPage();
  const external = [];
  page.on('request', r => { if (!r.url().startsWith(baseUrl) && !r.url().startsWith('data:')) external.push(r.url()); });
  await page.goto(`${baseUrl}/graphql`);

  await page.locator('.graphiql-container').waitFor({ timeout: 20000 });
  // The first saved example (a site reading remote roles) is open; run it.
  await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
  const query = await page.locator('.graphiql-query-editor .CodeMirror').evaluate(e => e.CodeMirror.getValue());
  assert.match(query, /query SiteReadsRoles/);
  await page.locator('.graphiql-execute-button').click();

  const response = page.locator('.graphiql-response .CodeMirror');
  await page.waitForFunction(() => document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue().includes('IDE Haskell developer'), null, { timeout: 20000 });
  const result = JSON.parse(await response.evaluate(e => e.CodeMirror.getValue()));
  assert.ok(result.data.roles.nodes.some(n => n.title === 'IDE Haskell developer'));
  assert.deepEqual(external, [], 'nothing loads from outside the API');

  // The schema's docs are open beside the editor.
  assert.ok(await page.locator('.graphiql-doc-explorer').isVisible());
  await mkdir(new URL('./artifacts/', import.meta.url), { recursive: true });
  await page.screenshot({ path: new URL('./artifacts/ide.png', import.meta.url).pathname });
});
