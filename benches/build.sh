#!/usr/bin/env bash
# Benchmark: generate the synthetic site (N articles in each of 4 languages) and time full builds:
# three without search (the engine's speed target), then one with the search index, whose extra
# time and size are printed.
# Usage: benches/build.sh [ARTICLES] [OUTPUT_DIR]   (defaults: 2500, a folder on tmpfs if there is one)
# Nothing here is a pass/fail test.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-2500}
site=$(mktemp -d)
out=${2:-$( [ -d /dev/shm ] && echo /dev/shm/letterpress-bench-out || echo "$site/public" )}
trap 'rm -rf "$site" "$out"' EXIT
cargo build --release --quiet
cargo run --release --quiet --example synth -- --articles "$articles" --out "$site"
timed() {
  if command -v /usr/bin/time >/dev/null; then
    /usr/bin/time -f "$1: %e s wall, %M KiB peak" "${@:2}"
  else
    echo "$1:"; time "${@:2}"
  fi
}
for run in 1 2 3; do
  timed "run $run (search off)" target/release/letterpress build --root "$site" --output "$out" --no-search
done
timed "with search" target/release/letterpress build --root "$site" --output "$out"
echo "search bundle: $(du -sh "$out/pagefind" | cut -f1) in $(find "$out/pagefind" -type f | wc -l) files"
