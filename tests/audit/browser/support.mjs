// Shared by the browser tests: the live API's address, seeding through the public GraphQL API, and Chromium.
import { chromium } from 'playwright-core';

export const baseUrl = process.env.ROLESBOARD_URL ?? 'http://127.0.0.1:5000';
// live-checks.sh starts the API with this administrator key.
export const adminKey = process.env.ROLESBOARD_ADMIN_KEY ?? 'live-check-admin-key';

export async function graphql(query, variables = {}, key) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (!response.ok || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body)}`);
  return body.data;
}

/**
 * Registers and verifies a co-op with a unique name (the live database outlives one test file), then posts roles.
 * `facts` are RegisterCoopInput's co-op facts (ownership, flatPay, membershipAfterMonths, hoursPerWeek...).
 */
export async function seedCoop(roles, facts = {}) {
  const tag = Math.random().toString(36).slice(2, 8);
  const registered = await graphql(
    'mutation($input: RegisterCoopInput!) { registerCoop(input: $input) { coop { id slug } apiKey errors { message } } }',
    { input: { name: `Browser Test Co-op ${tag}`, website: `https://browser-${tag}.example.coop`, ...facts } });
  const { coop, apiKey, errors } = registered.registerCoop;
  if (errors.length) throw new Error(JSON.stringify(errors));
  const verified = await graphql('mutation($id: ID!) { verifyCoop(id: $id) { errors { message } } }', { id: coop.id }, adminKey);
  if (verified.verifyCoop.errors.length) throw new Error(JSON.stringify(verified.verifyCoop.errors));
  for (const input of roles) {
    const posted = await graphql('mutation($input: PostRoleInput!) { postRole(input: $input) { role { id } errors { message } } }', { input }, apiKey);
    if (posted.postRole.errors.length) throw new Error(JSON.stringify(posted.postRole.errors));
  }
  return { ...coop, tag };
}

// Debian's Chromium, never a downloaded browser; the flags keep it off the (closed) network.
export async function launchChromium(options = {}) {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const profile = await mkdtemp(join(tmpdir(), 'rolesboard-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    ...options,
  });
}
