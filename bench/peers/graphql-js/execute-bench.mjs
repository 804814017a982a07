#!/usr/bin/env node
// graphql-js in-process: the peer of our executor micro-benchmark
// (bench/Network.Bench/GraphQLReads/ExecutorMicroBench.cs): the same tiny schema,
// the same synchronous resolvers and data, the same query text.
//
//   node execute-bench.mjs [--runs 5] [--ms 2000] [--warmup-ms 2000]
//
// Prints one JSON line: microseconds per request for each run (wall clock; and, as
// cachedCpu, the process's CPU time for the cached path), for two paths:
//   cached:   a Map from query text to the parsed and validated document (what our
//             executor does), then execute(); the figure we compare with;
//   graphql:  graphql(), which parses and validates every request (graphql-js out of
//             the box); reported beside it.
// Neither serialises the result to JSON (ours does not either).

import { parseArgs } from 'node:util';
import { buildSchema, execute, graphqlSync, parse, validate } from 'graphql';

const { values: argv } = parseArgs({
  options: { runs: { type: 'string' }, ms: { type: 'string' }, 'warmup-ms': { type: 'string' } },
});
const runs = Number(argv.runs ?? 5);
const runMs = Number(argv.ms ?? 2000);
const warmupMs = Number(argv['warmup-ms'] ?? 2000);

const schema = buildSchema(`
  type Query { user(id: ID!): User }
  type User { id: ID! handle: String! displayName: String! country: String }
`);
const users = new Map([['42', { id: '42', handle: 'jonas.chen.42', displayName: 'Jonas Chen', country: 'ES' }]]);
const rootValue = { user: ({ id }) => users.get(id) };
const query = '{ user(id: "42") { handle displayName country } }';
const expected = '{"data":{"user":{"handle":"jonas.chen.42","displayName":"Jonas Chen","country":"ES"}}}';

const documents = new Map();
function cached(source) {
  let document = documents.get(source);
  if (!document) {
    document = parse(source);
    const errors = validate(schema, document);
    if (errors.length) throw errors[0];
    documents.set(source, document);
  }
  return execute({ schema, document, rootValue });
}
const uncached = (source) => graphqlSync({ schema, source, rootValue });

for (const [name, run] of [['cached', cached], ['graphql', uncached]]) {
  const got = JSON.stringify(run(query));
  if (got !== expected) throw new Error(`${name} answered ${got}, expected ${expected}`);
}

// Batches of 256 keep the clock read out of the per-request cost; `sink` keeps
// the results observable so that nothing is optimised away.
let sink = 0;
function measure(run, ms, cpu) {
  const limit = process.hrtime.bigint() + BigInt(ms) * 1_000_000n;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  let n = 0;
  let now = start;
  while (now < limit) {
    for (let i = 0; i < 256; i++) sink += run(query).data.user.handle.length;
    n += 256;
    now = process.hrtime.bigint();
  }
  if (cpu) {
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / n);
  }
  return Number(now - start) / 1000 / n;
}

const out = { cachedCpu: [] };
for (const [name, run] of [['cached', cached], ['graphql', uncached]]) {
  measure(run, warmupMs);
  out[name] = Array.from({ length: runs }, () => measure(run, runMs, name === 'cached' ? out.cachedCpu : null));
}
out.sink = sink;
console.log(JSON.stringify(out));
