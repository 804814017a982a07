#!/usr/bin/env node
// Writes (or with --check, verifies) the benchmark fixtures from a running peer:
//
//   node fixtures.mjs [--check] [base URL, default http://127.0.0.1:4001]
//
// For each benchmark query, fixtures/<name>.request.json holds the exact POST body
// and fixtures/<name>.response.json the exact response body the peer returned:
// raw bytes, no pretty-printing, no trailing newline. The floor endpoint and the
// wrk scripts read these files; see ../floor.md.

import { readFileSync, writeFileSync } from 'node:fs';
import { toGlobalId } from './data.mjs';

export const QUERIES = {
  // Fixed ids: User:42 and Community:7 of the default seed (42).
  node: {
    query: 'query($id: ID!) { node(id: $id) { id ... on User { handle displayName country } } }',
    id: toGlobalId('User', 42),
  },
  members: {
    query: 'query($id: ID!) { node(id: $id) { ... on Community { name members(first: 20) { totalCount edges { cursor node { id handle displayName country topics } } } } } }',
    id: toGlobalId('Community', 7),
  },
};
export const HEADERS = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json, application/json',
};

const args = process.argv.slice(2);
const check = args.includes('--check');
const base = (args.find((a) => !a.startsWith('--')) ?? 'http://127.0.0.1:4001').replace(/\/+$/, '');
const dir = new URL('./fixtures/', import.meta.url);

let bad = 0;
for (const [name, { query, id }] of Object.entries(QUERIES)) {
  const request = JSON.stringify({ query, variables: { id } });
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: HEADERS, body: request });
  const response = Buffer.from(await res.arrayBuffer());
  const parsed = JSON.parse(response.toString('utf8'));
  if (res.status !== 200 || parsed.errors || !parsed.data?.node) {
    console.error(`${name}: unexpected answer, HTTP ${res.status}: ${response.toString('utf8').slice(0, 500)}`);
    bad++;
    continue;
  }
  const files = { [`${name}.request.json`]: Buffer.from(request), [`${name}.response.json`]: response };
  for (const [file, bytes] of Object.entries(files)) {
    const url = new URL(file, dir);
    if (!check) { writeFileSync(url, bytes); console.log(`wrote fixtures/${file} (${bytes.length} bytes)`); continue; }
    const same = Buffer.compare(readFileSync(url), bytes) === 0;
    console.log(`${same ? 'same' : 'DIFFERENT'} fixtures/${file} (${bytes.length} bytes)`);
    if (!same) bad++;
  }
  console.log(`  ${name}: HTTP ${res.status}, content-type: ${res.headers.get('content-type')}`);
}
process.exit(bad ? 1 : 0);
