#!/usr/bin/env bash
# Startup benchmark (not a test): time from exec to first frame, resident memory,
# and idle CPU over 30 s, for MFA Ready and for a minimal eframe window built from
# the same eframe (examples/baseline.rs), in the same run, under Xvfb.
#
#   ./dist/setup-debian.sh && ./benches/startup.sh [RUNS]
#
# Prints a table and the ratios; medians over RUNS (default 7) starts for time-to-first-
# frame, the two programs' starts interleaved.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-7}"
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

# ttff NAME CMD...: one start to first frame, then stop; prints the milliseconds.
ttff() {
    start "$@"
    kill "$PID"; wait "$PID" 2>/dev/null || true
    echo "$TTFF_MS"
}

# resident NAME CMD...: RSS after 2 s and CPU over IDLE_S idle seconds.
resident() {
    start "$@"
    sleep 2
    local rss ticks0 ticks1
    rss="$(rss_mib "$PID")"
    ticks0="$(cpu_ticks "$PID")"
    sleep "$IDLE_S"
    ticks1="$(cpu_ticks "$PID")"
    kill "$PID"; wait "$PID" 2>/dev/null || true
    awk -v d=$((ticks1 - ticks0)) -v hz="$CLK_TCK" -v s="$IDLE_S" -v rss="$rss" \
        'BEGIN {printf "%s %.2f", rss, 100 * d / hz / s}'
}

APP_ARGS=(--policy assets/demo/contoso-policy.toml --data-dir "$WORK/data")
# One start of each first (caches, the new data folder), not counted.
ttff baseline "$BASE" >/dev/null
ttff mfa-ready "$APP" "${APP_ARGS[@]}" >/dev/null
# Then RUNS starts of each, interleaved, so a slow moment of the machine hits both.
base_runs=()
app_runs=()
for _ in $(seq "$RUNS"); do
    base_runs+=("$(ttff baseline "$BASE")")
    app_runs+=("$(ttff mfa-ready "$APP" "${APP_ARGS[@]}")")
done
read -r base_rss base_cpu <<<"$(resident baseline "$BASE")"
read -r app_rss app_cpu <<<"$(resident mfa-ready "$APP" "${APP_ARGS[@]}")"
base_med="$(printf '%s\n' "${base_runs[@]}" | median)"
app_med="$(printf '%s\n' "${app_runs[@]}" | median)"

printf '%-12s %10s %12s %14s\n' "program" "ttff ms" "RSS MiB" "idle CPU %"
printf '%-12s %10s %12s %14s   (runs: %s)\n' baseline "$base_med" "$base_rss" "$base_cpu" "${base_runs[*]}"
printf '%-12s %10s %12s %14s   (runs: %s)\n' mfa-ready "$app_med" "$app_rss" "$app_cpu" "${app_runs[*]}"
awk -v a="$app_med" -v b="$base_med" -v ar="$app_rss" -v br="$base_rss" \
    'BEGIN {printf "ratio        %9.2fx %11.2fx\n", a / b, ar / br}'
