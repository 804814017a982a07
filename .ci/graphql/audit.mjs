#!/usr/bin/env node
// Runs graphql-http's GraphQL-over-HTTP server audits against a live endpoint.
//
//   node .ci/graphql/audit.mjs http://127.0.0.1:5000/graphql
//
// Each audit resolves to { id, name, status: 'ok' } or
// { id, name, status: 'notice' | 'warn' | 'error', reason, response }.
// graphql-http derives the status from the name's RFC 2119 prefix:
// a failing MUST is 'error', a failing SHOULD is 'warn', a failing MAY is 'notice'.
// We fail the run on any 'error' or 'warn'; notices (MAY) are printed but allowed.
// An audit's fn throws (instead of resolving) only on a fatal problem, e.g. the
// server is unreachable; we count that as a failure too.

import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint URL>');
  process.exit(2);
}

// Per-request timeout so a hanging server fails the job instead of stalling CI.
const TIMEOUT_MS = Number(process.env.AUDIT_TIMEOUT_MS ?? 10000);
const fetchFn = (input, init = {}) =>
  fetch(input, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });

// A short excerpt of the failing response helps to see why an audit failed.
// The audit may already have consumed the body, so reading it is best-effort.
async function describeResponse(res) {
  if (!res) return '';
  let body = '';
  try {
    body = (await res.text()).replace(/\s+/g, ' ').slice(0, 200);
  } catch {
    body = '<body already read>';
  }
  const type = res.headers?.get('content-type') ?? '-';
  return ` [HTTP ${res.status}, content-type: ${type}, body: ${body}]`;
}

let passed = 0;
let failed = 0;
let notices = 0;

// Run one at a time: the output stays in the suite's order and the server is not flooded.
for (const audit of serverAudits({ url, fetchFn })) {
  let result;
  try {
    result = await audit.fn();
  } catch (err) {
    result = { id: audit.id, name: audit.name, status: 'fatal', reason: String(err?.cause ?? err) };
  }
  const line = `${result.id}  ${result.name}`;
  if (result.status === 'ok') {
    passed++;
    console.log(`ok      ${line}`);
  } else if (result.status === 'notice') {
    notices++;
    console.log(`notice  ${line}\n          -> ${result.reason}${await describeResponse(result.response)}`);
  } else {
    failed++;
    console.log(`${result.status.padEnd(8)}${line}\n          -> ${result.reason}${await describeResponse(result.response)}`);
  }
}

const noticeText = notices ? `, ${notices} optional (MAY) not met` : '';
console.log(`graphql-http audits: ${passed} passed, ${failed} failed${noticeText}`);
process.exit(failed ? 1 : 0);
