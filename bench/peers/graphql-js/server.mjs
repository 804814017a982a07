#!/usr/bin/env node
// The JavaScript peer for the GraphQL read benchmarks.
//
//   node server.mjs [--port 4001] [--schema PATH] [--workers 1] [--seed 42] [--cache]
//   env: PEER_PORT (or PORT), PEER_SCHEMA, PEER_WORKERS, PEER_SEED, PEER_CACHE=1
//
// Serves schema-core.graphql with graphql-http's stock Node handler on 127.0.0.1.
// By default every request is parsed and validated afresh (graphql-http has no
// document cache). --cache adds one, as production JS servers (Yoga, Mercurius)
// do: see documentCache() below.
//   POST/GET /graphql                 GraphQL over HTTP
//   GET      /graphql/schema.graphql  printSchema(schema)
//   GET      /health                  "ok"
// With --workers N > 1, node:cluster forks N processes sharing the port; each
// generates the same data from the seed, so every worker answers identically.

import cluster from 'node:cluster';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, printSchema, specifiedRules, validate } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { generate } from './data.mjs';
import { makeSchema } from './schema.mjs';

const { values: argv } = parseArgs({
  options: {
    port: { type: 'string' }, schema: { type: 'string' },
    workers: { type: 'string' }, seed: { type: 'string' }, cache: { type: 'boolean' },
  },
});
const port = Number(argv.port ?? process.env.PEER_PORT ?? process.env.PORT ?? 4001);
const schemaPath = argv.schema ?? process.env.PEER_SCHEMA
  ?? fileURLToPath(new URL('../../../Grains.Tests/GraphQL/Fixtures/schema-core.graphql', import.meta.url));
const workers = Number(argv.workers ?? process.env.PEER_WORKERS ?? 1);
const seed = Number(argv.seed ?? process.env.PEER_SEED ?? 42);
const cache = argv.cache ?? process.env.PEER_CACHE === '1';

// graphql-http's onSubscribe hook: returning ExecutionArgs makes the handler skip
// its own parse and validate; returning GraphQLError[] makes it answer with those
// errors exactly as its stock path would. Query text -> document or errors; the
// map is cleared when full, which is enough for a benchmark's handful of queries.
function documentCache(schema, max = 1000) {
  const seen = new Map();
  return (_req, { query, operationName, variables }) => {
    let entry = seen.get(query);
    if (!entry) {
      try {
        const document = parse(query);
        const errors = validate(schema, document, specifiedRules);
        entry = errors.length ? { errors } : { document };
      } catch (err) {
        entry = { errors: [err] }; // a GraphQLError syntax error
      }
      if (seen.size >= max) seen.clear();
      seen.set(query, entry);
    }
    if (entry.errors) return entry.errors;
    return { schema, document: entry.document, operationName, variableValues: variables };
  };
}

if (workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (w, code, signal) => {
    console.error(`peer worker ${w.process.pid} exited (${signal ?? code}); stopping`);
    process.exit(1);
  });
  // Forward termination so workers do not outlive the primary.
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => { for (const w of Object.values(cluster.workers)) w.process.kill(sig); process.exit(0); });
  }
} else {
  const started = performance.now();
  const data = generate({ seed });
  const schema = makeSchema(readFileSync(schemaPath, 'utf8'), data);
  const sdl = printSchema(schema) + '\n';
  const graphql = createHandler(cache ? { schema, onSubscribe: documentCache(schema) } : { schema });

  const server = http.createServer((req, res) => {
    const path = req.url.split('?', 1)[0];
    if (path === '/graphql') return graphql(req, res);
    if (path === '/graphql/schema.graphql' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end(sdl);
    }
    if (path === '/health') return res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.keepAliveTimeout = 65_000; // outlive wrk's idle gaps; Node's 5 s default closes connections mid-run
  server.listen(port, '127.0.0.1', () => {
    const ms = Math.round(performance.now() - started);
    console.log(`graphql-js peer (pid ${process.pid}) on http://127.0.0.1:${port}/graphql; `
      + `${data.users.length - 1} users, ${data.communities.length - 1} communities, `
      + `${data.movements.length - 1} movements, seed ${seed}, document cache ${cache ? 'on' : 'off'}, `
      + `schema ${schemaPath}, ready in ${ms} ms`);
  });
}
