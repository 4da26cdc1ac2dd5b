#!/usr/bin/env bash
# Paired benchmark: a cold default `letterpress build` (search on, no cache of any kind) against
# what a Zola user runs for the same site with search: `zola build` followed by Pagefind's own CLI
# (extended, for Chinese). Both build the same content, made by ../shared/bench/gen_site.py
# (N articles in each of en, zh, de, da; checked internal links), with output on tmpfs. Runs
# alternate which tool goes first; the script prints each run, the medians and the ratio.
#
# Usage: ZOLA=/path/to/zola PAGEFIND=/path/to/pagefind_extended benches/vs_zola.sh [N] [RUNS]
#   N     articles per language (default 2500, i.e. 10,000 pages)
#   RUNS  paired runs (default 3)
# Zola is built from its source (`cargo build --release --locked`); Pagefind's CLI comes from
# the npm package `pagefind` (node_modules/@pagefind/linux-x64/bin/pagefind_extended).
# Nothing here is a pass/fail test.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2500}
runs=${2:-3}
: "${ZOLA:?set ZOLA to a zola binary}"
: "${PAGEFIND:?set PAGEFIND to a pagefind_extended binary}"
gen=${GEN_SITE:-../shared/bench/gen_site.py}
tmp=$( [ -d /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}" )
work=$(mktemp -d "$tmp/lp-vs-zola.XXXXXX")
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
python3 "$gen" "$n" "$work/src" --tools letterpress,zola --links checked --locales locales >/dev/null
lp_site="$work/src/letterpress-$n-checked"
zola_site="$work/src/zola-$n-checked"

# Prints "<wall seconds> <peak KiB>" for one command.
measure() {
  /usr/bin/time -o "$work/time" -f "%e %M" "$@" >/dev/null 2>&1
  tail -1 "$work/time"
}

letterpress_run() {
  rm -rf "$work/lp-out" "$work"/.lp-out.letterpress-*
  measure target/release/letterpress build --root "$lp_site" --output "$work/lp-out"
}

zola_run() {
  rm -rf "$work/zola-out"
  local z p
  z=$(cd "$zola_site" && measure "$ZOLA" build --output-dir "$work/zola-out" --force)
  p=$(measure "$PAGEFIND" --site "$work/zola-out")
  # Wall times add up; the peak is the larger process's.
  awk -v z="$z" -v p="$p" 'BEGIN { split(z, a, " "); split(p, b, " ");
    printf "%.2f %d %.2f %.2f %d %d\n", a[1] + b[1], (a[2] > b[2] ? a[2] : b[2]), a[1], b[1], a[2], b[2] }'
}

# The same build with search off, for reference (not part of the ratio).
no_search_run() {
  rm -rf "$work/lp-out"
  measure target/release/letterpress build --root "$lp_site" --output "$work/lp-out" --no-search
}

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown; }
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average before: $(load)"
printf '%-4s %-26s %-56s %-6s %s\n' run "letterpress (search on)" \
  "zola build + pagefind (zola peak, pagefind peak)" ratio "letterpress --no-search"
lp_walls=(); zp_walls=(); lp_peaks=(); zp_peaks=()
for run in $(seq 1 "$runs"); do
  if (( run % 2 )); then lp=$(letterpress_run); zp=$(zola_run); else zp=$(zola_run); lp=$(letterpress_run); fi
  ns=$(no_search_run)
  read -r lw lm <<<"$lp"
  read -r zw zm zb pb zbm pbm <<<"$zp"
  read -r nw nm <<<"$ns"
  lp_walls+=("$lw"); zp_walls+=("$zw"); lp_peaks+=("$lm"); zp_peaks+=("$zm")
  printf '%-4s %6.2f s, %5d MiB peak     %6.2f s (%.2f + %.2f), %5d MiB peak (%d, %d)   %.2f   %.2f s, %d MiB peak\n' \
    "$run" "$lw" $((lm / 1024)) "$zw" "$zb" "$pb" $((zm / 1024)) $((zbm / 1024)) $((pbm / 1024)) \
    "$(awk -v a="$lw" -v b="$zw" 'BEGIN{print a/b}')" "$nw" $((nm / 1024))
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
lw=$(median "${lp_walls[@]}"); zw=$(median "${zp_walls[@]}")
lm=$(median "${lp_peaks[@]}"); zm=$(median "${zp_peaks[@]}")
echo "median: letterpress $lw s, $((${lm%.*} / 1024)) MiB peak; zola + pagefind $zw s, $((${zm%.*} / 1024)) MiB peak"
echo "ratio (letterpress / zola + pagefind): $(awk -v a="$lw" -v b="$zw" 'BEGIN{printf "%.2f", a/b}')"
echo "load average after: $(load)"
