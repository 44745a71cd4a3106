// Runs graphql-http's independent audit suite against a live RolesBoard: zero MUST failures and at
// most two SHOULD warnings pass. Usage: node graphql-http-audit.mjs http://127.0.0.1:PORT/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node graphql-http-audit.mjs <graphql url>');
  process.exit(2);
}
const results = await auditServer({ url, fetchFn: fetch });
const count = (status, level) => results.filter(r => r.status === status && r.name.startsWith(level)).length;
for (const r of results.filter(r => r.status !== 'ok')) {
  console.log(`${r.status.toUpperCase()} ${r.id} ${r.name}: ${r.reason}`);
}
const mustFailures = count('error', 'MUST');
const shouldWarnings = count('warn', 'SHOULD') + count('error', 'SHOULD');
const ok = results.filter(r => r.status === 'ok').length;
console.log(`graphql-http audit: ${results.length} audits, ${ok} ok, ${mustFailures} MUST failures, ${shouldWarnings} SHOULD warnings`);
process.exit(mustFailures === 0 && shouldWarnings <= 2 ? 0 : 1);
