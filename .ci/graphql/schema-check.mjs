#!/usr/bin/env node
// Checks the schema a running service serves, two ways:
//
//   node .ci/graphql/schema-check.mjs http://127.0.0.1:5000 /path/to/schema-core.graphql
//
// 1. Consistency: the introspection result (POST {base}/graphql), rebuilt with
//    buildClientSchema and printed with graphql-js printSchema, must equal the
//    SDL served at GET {base}/graphql/schema.graphql character for character.
//    The only tolerance: the SDL file may end with one '\n' (printSchema does not).
// 2. Core contract: every type, field, argument and enum value of
//    schema-core.graphql exists in the served schema with a compatible type,
//    i.e. graphql-js findBreakingChanges(core, served) reports nothing.
//    Dangerous changes (e.g. a changed default value) are printed, not failed.
//
// Exits 0 when both hold, 1 when either fails, 2 on bad usage.

import { readFileSync } from 'node:fs';
import {
  buildClientSchema, buildSchema, findBreakingChanges, findDangerousChanges,
  getIntrospectionQuery, printSchema, version,
} from 'graphql';
import { unifiedDiff } from './linediff.mjs';

const [baseArg, corePath] = process.argv.slice(2);
if (!baseArg || !corePath) {
  console.error('usage: node schema-check.mjs <base URL, e.g. http://127.0.0.1:5000> <schema-core.graphql>');
  process.exit(2);
}
// Accept "http://host:port", "http://host:port/" and "http://host:port/graphql".
const base = baseArg.replace(/\/+$/, '').replace(/\/graphql$/, '');
const endpoint = `${base}/graphql`;
const sdlUrl = `${base}/graphql/schema.graphql`;
const TIMEOUT_MS = Number(process.env.SCHEMA_CHECK_TIMEOUT_MS ?? 15000);

let failures = 0;
const fail = (msg) => { failures++; console.log(`FAIL ${msg}`); };

// graphql 16.15 supports every option below (oneOf arrived in 16.9); the engine
// must answer __Type.specifiedByURL, __Directive.isRepeatable,
// includeDeprecated on args/input fields, and __Type.isOneOf.
const introspectionQuery = getIntrospectionQuery({
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  inputValueDeprecation: true,
  oneOf: true,
});

async function introspect() {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: introspectionQuery }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const text = await res.text();
  let body;
  try { body = JSON.parse(text); } catch { throw new Error(`HTTP ${res.status}, not JSON: ${text.slice(0, 300)}`); }
  if (body.errors?.length) throw new Error(`introspection errors: ${JSON.stringify(body.errors).slice(0, 1000)}`);
  if (!res.ok || !body.data) throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
  return buildClientSchema(body.data);
}

async function fetchSdl() {
  const res = await fetch(sdlUrl, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  const text = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
  return text;
}

console.log(`graphql-js ${version}; endpoint ${endpoint}; SDL ${sdlUrl}; core ${corePath}`);

let served;
try {
  served = await introspect();
} catch (err) {
  fail(`introspection of ${endpoint}: ${err?.cause ?? err.message ?? err}`);
}

// 1. Printed introspection vs served SDL.
let sdl;
try {
  sdl = await fetchSdl();
} catch (err) {
  fail(`GET ${sdlUrl}: ${err?.cause ?? err.message ?? err}`);
}
if (served && sdl !== undefined) {
  const printed = printSchema(served);
  const sdlText = sdl.endsWith('\n') ? sdl.slice(0, -1) : sdl;
  if (printed === sdlText) {
    console.log(`ok   printSchema(introspection) equals ${sdlUrl} (${printed.split('\n').length} lines)`);
  } else {
    fail(`printSchema(introspection) differs from ${sdlUrl}:`);
    // Differences a diff cannot show (CR line endings, trailing blanks) would turn
    // the whole file into one unreadable hunk; name the first one instead.
    const squash = (t) => t.split(/\r?\n/).map((l) => l.trimEnd()).join('\n').trimEnd();
    if (squash(printed) === squash(sdlText)) {
      const a = printed.split('\n');
      const b = sdlText.split('\n');
      let n = 0;
      while (a[n] === b[n]) n++;
      console.log('     whitespace only (CRLF line endings, trailing blanks or blank lines at the end);');
      console.log(`     first at line ${n + 1}: expected ${JSON.stringify(a[n] ?? '<end>')}, served ${JSON.stringify(b[n] ?? '<end>')}`);
    } else {
      process.stdout.write(unifiedDiff(printed, sdlText, 'printSchema(buildClientSchema(introspection))', sdlUrl));
    }
  }
}

// 2. Core contract.
let core;
try {
  core = buildSchema(readFileSync(corePath, 'utf8'));
} catch (err) {
  fail(`reading ${corePath}: ${err.message}`);
}
if (core && served) {
  const before = failures;
  // Directive changes only concern directives the core schema has. Those it does
  // not declare itself (@skip, @include, @deprecated, @specifiedBy, @oneOf, added
  // by buildSchema) are not part of the contract: print them as notes only.
  const declared = core.getDirectives().filter((d) => d.astNode).map((d) => d.name);
  const notCore = (c) => /DIRECTIVE/.test(c.type)
    && !declared.some((name) => new RegExp(`\\b${name}\\b`).test(c.description));
  for (const c of findBreakingChanges(core, served)) {
    if (notCore(c)) console.log(`note ${c.type}: ${c.description} (built-in directive, not in the core file)`);
    else fail(`core contract, ${c.type}: ${c.description}`);
  }
  for (const c of findDangerousChanges(core, served)) console.log(`note dangerous ${c.type}: ${c.description}`);
  if (failures === before) console.log(`ok   every type, field, argument and enum value of ${corePath} is served compatibly`);
}

console.log(failures ? `schema check: ${failures} failure(s)` : 'schema check: passed');
process.exit(failures ? 1 : 0);
