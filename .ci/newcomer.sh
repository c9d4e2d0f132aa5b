#!/usr/bin/env bash
# A newcomer's clone: the committed tree cloned into a fresh temporary folder (no ../shared beside
# it), with only Node and npm — `pnpm` and `corepack` on the PATH are stubs that fail — then the
# commands the README and the guides tell a user to run, as written.
# Prints "ok - …" / "not ok - …" per check and, last, "N passed, N failed" for the checks plus the
# tests it runs there (Jest's JSON in $1, when given).
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
results="${1:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin"
for tool in pnpm corepack; do
  printf '#!/bin/sh\necho "%s is not installed here (a newcomer has only Node and npm)" >&2\nexit 127\n' "$tool" >"$work/bin/$tool"
  chmod +x "$work/bin/$tool"
done
export PATH="$work/bin:$PATH"
unset npm_config_user_agent npm_execpath PNPM_HOME

passed=0
failed=0
log="$work/log"
# check NAME EXPECTED_EXIT COMMAND… — runs COMMAND in the clone; passes on that exit code, when the
# output has no pnpm noise, and (with MATCH set) when it contains MATCH.
check() {
  local name=$1 want=$2
  shift 2
  local began=$SECONDS
  (cd "$clone/${DIR:-}" && "$@") >"$log" 2>&1
  local got=$?
  local took="$((SECONDS - began)) s"
  local why=""
  [ "$got" = "$want" ] || why="exit $got, expected $want"
  if [ -z "$why" ] && [ -n "${MATCH:-}" ] && ! grep -qF -- "$MATCH" "$log"; then why="no \"$MATCH\" in the output"; fi
  if [ -z "$why" ] && [ -n "${QUIET:-}" ] && grep -qE 'ELIFECYCLE|^\$ node|^> ' "$log"; then why="package-manager noise in the output"; fi
  if [ -z "$why" ]; then
    passed=$((passed + 1))
    echo "ok - $name ($took)"
  else
    failed=$((failed + 1))
    echo "not ok - $name ($why; $took)"
    sed 's/^/    /' "$log" | tail -n 30
  fi
}

clone="$work/sidedoor"
git clone -q "$repo" "$clone" || { echo "not ok - git clone"; echo "0 passed, 1 failed"; exit 1; }
[ ! -e "$work/shared" ] || { echo "not ok - $work/shared exists"; exit 1; }

MATCH="pnpm is not installed here" check "pnpm is really missing" 127 pnpm --version
MATCH="Manager pitch" check "npm start: installs and runs the demo" 0 npm start
MATCH="not ready" QUIET=1 check "npx sidedoor check (README)" 1 \
  npx sidedoor check examples/data/hand-written.txt --kind manager-pitch
MATCH="Subject:" QUIET=1 check "npx sidedoor draft (README)" 0 \
  npx sidedoor draft manager-pitch --in examples/data/pitch.json
MATCH="Usage: sidedoor" QUIET=1 check "npm run -s sidedoor -- --help" 0 npm run -s sidedoor -- --help
printf '[%s]' "$(cat "$clone/examples/data/intro.json")" >"$work/targets.json"
MATCH="Created 1" QUIET=1 DIR=examples/data check "npx sidedoor batch, from a folder below the root (docs/cli.md)" 0 \
  npx sidedoor batch "$work/targets.json" --kind intro-request --eml-dir "$work/out"
MATCH="Subject:" DIR=examples/draft-from-json check "npm start -- manager-pitch (examples/draft-from-json)" 0 \
  npm start -- manager-pitch ../data/pitch.json
MATCH="Manager pitch" check "npm run demo" 0 npm run demo
check "npm run build" 0 npm run build
MATCH="built addin/outlook/dist for https://you.github.io/sidedoor" check "npm run outlook:build for a GitHub Pages project site" 0 \
  env SIDEDOOR_OUTLOOK_ORIGIN=https://you.github.io/sidedoor npm run outlook:build
MATCH="must use https" check "npm run outlook:build refuses http in one line" 1 \
  env SIDEDOOR_OUTLOOK_ORIGIN=http://sidedoor.example.com npm run -s outlook:build
check "npm run outlook:build (back to localhost)" 0 npm run outlook:build
# `npm run typecheck` and `npm run bench` reach pnpm the way `npm run build` does (the workspace's
# own pnpm, node_modules/.bin); `npm run lint` does not use it. Not repeated here: CI runs them.
MATCH="wrote" check "npm --prefix addin/gmail run bundle (docs/gmail.md)" 0 npm --prefix addin/gmail run bundle
MATCH='"runFunction": "https://sidedoor.example.run.app/"' check "npm --prefix addin/gmail run --silent deployment (docs/gmail.md)" 0 \
  env ENDPOINT_URL=https://sidedoor.example.run.app/ npm --prefix addin/gmail run --silent deployment
MATCH="Missing SERVICE_ACCOUNT_EMAIL" check "npm --prefix addin/gmail start names what is missing (docs/gmail.md)" 1 \
  env ENDPOINT_URL=http://localhost:8080/ npm --prefix addin/gmail start

# From this folder: the suites that once needed ../shared (Google's schemas, Microsoft's XSDs), the
# unified manifest's schemas, `npx sidedoor` and the example (the whole suite runs in CI above).
tests=0
tests_failed=0
if [ -n "$results" ]; then
  began=$SECONDS
  (cd "$clone" && npm test -- --ci --json --outputFile="$results" \
    addin/gmail/test/flow.test.ts addin/outlook/test/manifest.test.ts addin/outlook/test/unified-manifest \
    packages/cli/test/from-source.test.ts examples/draft-from-json) >"$log" 2>&1
  status=$?
  if [ -s "$results" ]; then
    read -r tests tests_failed < <(node -e '
      const r = require(process.argv[1]);
      console.log(r.numPassedTests, r.numFailedTests + r.numRuntimeErrorTestSuites + r.numPendingTests + r.numTodoTests);
    ' "$results")
  fi
  if [ "$status" = 0 ] && [ "$tests" -gt 0 ]; then
    echo "ok - npm test (the add-ins' schemas, npx sidedoor, the example): $tests tests"
  else
    echo "not ok - npm test in the clone (exit $status)"
    tail -n 40 "$log" | sed 's/^/    /'
    [ "$tests_failed" -gt 0 ] || tests_failed=1
  fi
fi
echo "$((passed + tests)) passed, $((failed + tests_failed)) failed"
[ "$failed" = 0 ] && [ "$tests_failed" = 0 ]
