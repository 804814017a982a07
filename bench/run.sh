#!/usr/bin/env bash
# Builds Release, runs every benchmark group, writes bench/RESULTS.md. --quick: short runs (CI keeps the harness alive with it).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/Network.Bench/Network.Bench.csproj -c Release -nologo -v quiet
# The graphql-js peer's packages; without node or npm the GraphQL rows say the peer was not run.
if [ ! -d bench/peers/graphql-js/node_modules ] && command -v npm >/dev/null; then
  npm ci --prefix bench/peers/graphql-js --no-audit --no-fund || echo "npm ci for the graphql-js peer failed; its rows will say so" >&2
fi
# The open-loop generator for the latency-at-half-load row (C, one thread); without a C compiler the row uses the C# one.
if command -v cc >/dev/null; then
  mkdir -p bench/out && cc -O2 -o bench/out/openloop bench/peers/openloop/openloop.c || echo "building bench/peers/openloop failed; the C# generator stands in" >&2
fi
export BENCH_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo '-dirty')"
# A caller's --out comes first and wins over the default.
dotnet bench/Network.Bench/bin/Release/net10.0/Network.Bench.dll "$@" --out bench/RESULTS.md
