#!/usr/bin/env bash
# Startup benchmark (not a test): time from exec to first frame, resident memory,
# and idle CPU over 30 s, for MFA Ready and for a minimal eframe window built from
# the same eframe (examples/baseline.rs), in the same run, under Xvfb.
#
#   ./dist/setup-debian.sh && ./benches/startup.sh [RUNS]
#
# Prints a table; medians over RUNS (default 5) starts for time-to-first-frame.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
IDLE_S=30

cargo build --release --quiet --bin mfa-ready --example baseline
APP=target/release/mfa-ready
BASE=target/release/examples/baseline
WORK="$(mktemp -d)"
DISPLAY_NUM=":98"
trap 'kill "${PID:-}" "${XVFB_PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

Xvfb "$DISPLAY_NUM" -screen 0 1024x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY="$DISPLAY_NUM"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
export MFA_READY_BENCH_FIRST_FRAME=1
CLK_TCK="$(getconf CLK_TCK)"

now_ms() { date +%s%3N; }

# start NAME CMD...: runs CMD, waits for its first frame, sets PID and TTFF_MS.
start() {
    local log="$WORK/$1.log"
    : >"$log"
    local t0
    t0="$(now_ms)"
    "${@:2}" 2>"$log" >/dev/null &
    PID=$!
    for _ in $(seq 600); do
        if grep -q '^first-frame ' "$log"; then
            TTFF_MS=$(( $(awk '/^first-frame /{print $2; exit}' "$log") - t0 ))
            return 0
        fi
        sleep 0.01
    done
    echo "startup: $1 showed no frame within 6 s" >&2
    cat "$log" >&2
    exit 1
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_mib() { awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() { # NAME CMD...
    local name="$1"; shift
    local ttffs=()
    for _ in $(seq "$RUNS"); do
        start "$name" "$@"
        ttffs+=("$TTFF_MS")
        kill "$PID"; wait "$PID" 2>/dev/null || true
    done
    start "$name" "$@"
    sleep 2
    local rss ticks0 ticks1
    rss="$(rss_mib "$PID")"
    ticks0="$(cpu_ticks "$PID")"
    sleep "$IDLE_S"
    ticks1="$(cpu_ticks "$PID")"
    kill "$PID"; wait "$PID" 2>/dev/null || true
    local cpu
    cpu="$(awk -v d=$((ticks1 - ticks0)) -v hz="$CLK_TCK" -v s="$IDLE_S" 'BEGIN {printf "%.2f", 100 * d / hz / s}')"
    local med
    med="$(printf '%s\n' "${ttffs[@]}" | median)"
    printf '%-12s %10s %12s %14s   (runs: %s)\n' "$name" "$med" "$rss" "$cpu" "${ttffs[*]}"
}

printf '%-12s %10s %12s %14s\n' "program" "ttff ms" "RSS MiB" "idle CPU %"
measure baseline "$BASE"
measure mfa-ready "$APP" --policy assets/demo/contoso-policy.toml --data-dir "$WORK/data"
