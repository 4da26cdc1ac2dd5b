#!/usr/bin/env bash
# Benchmark: generate the synthetic site (N articles in each of 4 languages) and time full builds.
# Usage: benches/build.sh [ARTICLES] [OUTPUT_DIR]   (defaults: 2500, a folder on tmpfs if there is one)
# Prints wall time and peak memory of three builds; nothing here is a pass/fail test.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-2500}
site=$(mktemp -d)
out=${2:-$( [ -d /dev/shm ] && echo /dev/shm/letterpress-bench-out || echo "$site/public" )}
trap 'rm -rf "$site" "$out"' EXIT
cargo build --release --quiet
cargo run --release --quiet --example synth -- --articles "$articles" --out "$site"
for run in 1 2 3; do
  if command -v /usr/bin/time >/dev/null; then
    /usr/bin/time -f "run $run: %e s wall, %M KiB peak" target/release/letterpress build --root "$site" --output "$out"
  else
    time target/release/letterpress build --root "$site" --output "$out"
  fi
done
