#!/usr/bin/env bash
# Device-check benchmark (not a test): the whole `mfa-ready device --json` run (every
# posture check and pre-flight read, each under its 2 s deadline) against the same
# binary doing nothing but start (`mfa-ready --version`), in the same run.
#
#   ./benches/device.sh [RUNS]
#
# Prints the medians over RUNS (default 15) interleaved runs of each, the difference
# (what reading the device costs) and the ratio. Issue 17's budget: the device run
# under 300 ms on the development machine.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-15}"

cargo build --release --quiet --bin mfa-ready
APP=target/release/mfa-ready
DATA="$(mktemp -d)"
trap 'rm -rf "$DATA"' EXIT

now_ns() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

run_ms() {
    local t0 t1
    t0="$(now_ns)"
    "$@" >/dev/null 2>&1 || true
    t1="$(now_ns)"
    echo $(( (t1 - t0) / 1000000 ))
}

: >"$DATA/device.txt"
: >"$DATA/start.txt"
for _ in $(seq "$RUNS"); do
    run_ms "$APP" --data-dir "$DATA/d" device --json >>"$DATA/device.txt"
    run_ms "$APP" --version >>"$DATA/start.txt"
done
DEVICE="$(median <"$DATA/device.txt")"
START="$(median <"$DATA/start.txt")"
echo "device --json  ${DEVICE} ms (median of $RUNS)"
echo "--version      ${START} ms (median of $RUNS)"
echo "reading cost   $(( ${DEVICE%.*} - ${START%.*} )) ms"
awk -v d="$DEVICE" -v s="$START" 'BEGIN { if (s > 0) printf "ratio          %.2fx\n", d / s }'
awk -v d="$DEVICE" 'BEGIN { exit !(d < 300) }' && echo "within the 300 ms budget" || echo "OVER the 300 ms budget"
