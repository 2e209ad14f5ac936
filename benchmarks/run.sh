#!/usr/bin/env bash
# Reruns every measurement of issue 7 and writes benchmarks/results/<UTC date>/ (or $OUT):
#   calls.json     JMH: client and hand-written baseline taking turns per transport, 1 and 8 threads, -prof gc
#   layers.json    JMH: validation alone and JSON mapping alone
#   paging.json    JMH: 100,000 agents over 50 pages in a -Xmx64m fork
#   coldstart.json fresh JVM to the first completed call, client vs baseline
#   footprint.md/.json runtime dependency closures (benchmarks/footprint.sh)
#   summary.md     ratios and targets, computed from the files above
#   environment.txt machine, JDK, load, commit, the JMH settings
# About 5 minutes on 2 cores (QUICK=1 OUT=/tmp/x: a one-minute smoke test of the script). Run it on a quiet machine: the load average goes into environment.txt.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=${OUT:-$ROOT/benchmarks/results/$(date -u +%F)}
mkdir -p "$OUT"
JAR=benchmarks/target/benchmarks.jar
# JMH settings: one fork per benchmark. The iteration counts of the calls are annotations on
# Calls: the client and the baseline take turns by iteration (Turns: client, baseline, baseline,
# client), 8 x 1 s of warm-up (4 s per side: with 4 s in all, the baseline's OkHttp and Kotlin code
# was still being compiled while measured) and 4 x 1 s measured (2 s per side); the server's
# ceiling, rawSocketGet, 2 + 3 iterations. The network-free layers: 2 x 1 s warm-up, 2 x 1 s.
JMH_SETTINGS=(-f 1 -prof gc -rf json)
LAYER_SETTINGS=(-f 1 -wi 2 -w 1s -i 2 -r 1s -prof gc -rf json)
COLD_ROUNDS=${COLD_ROUNDS:-10}
if [ "${QUICK:-}" = 1 ]; then # smoke test of this script only: numbers meaningless
  JMH_SETTINGS=(-f 1 -wi 0 -i 2 -r 200ms -prof gc -rf json)
  LAYER_SETTINGS=("${JMH_SETTINGS[@]}")
  COLD_ROUNDS=1
fi

mvn -B -q -pl benchmarks -am install -DskipTests

{
  echo "date: $(date -u +%FT%TZ)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "command: ${QUICK:+QUICK=$QUICK }bash benchmarks/run.sh"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(free -g | awk '/Mem:/ {print $2 " GiB"}')"
  echo "java -version:"; java -version 2>&1 | sed 's/^/  /'
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "jmh settings (calls): ${JMH_SETTINGS[*]} (iterations: annotations on Calls, see run.sh)"
  echo "jmh settings (layers): ${LAYER_SETTINGS[*]}"
  echo "jmh settings (paging): annotations (SingleShotTime, 1 fork with -Xmx64m, 1 warm-up + 3 measured passes), -prof gc"
  echo "cold start rounds: $COLD_ROUNDS per variant (alternating order, one unrecorded launch each first)"
} > "$OUT/environment.txt"

# No busy loops to keep the vCPUs awake: tried, they help a raw socket ping-pong (13k -> 134k
# ops/s) but starve the JDK HttpClient's thread hand-offs (its client fell to ~400 ops/s). The
# machine is measured as it is; results/README.md explains what that means at 1 thread.
# The 1-minute load average every 15 s while measuring: other work on the machine shows here.
( while true; do echo "$(date -u +%T) $(cut -d' ' -f1 /proc/loadavg)"; sleep 15; done ) > "$OUT/load.txt" &
SAMPLER=$!
trap 'kill $SAMPLER 2>/dev/null || true' EXIT

java -jar "$JAR" 'Calls1Thread|Calls8Threads' "${JMH_SETTINGS[@]}" -rff "$OUT/calls.json" \
  > "$OUT/calls.txt" 2>&1
java -jar "$JAR" 'Layers' "${LAYER_SETTINGS[@]}" -rff "$OUT/layers.json" > "$OUT/layers.txt" 2>&1
java -jar "$JAR" 'Paging' -prof gc -rf json -rff "$OUT/paging.json" > "$OUT/paging.txt" 2>&1
java -cp "$JAR" dev.callpickup.benchmarks.coldstart.ColdStart "$COLD_ROUNDS" "$OUT/coldstart.json" \
  client:JDK baseline:JDK > "$OUT/coldstart.txt" 2>&1
bash benchmarks/footprint.sh "$OUT" > /dev/null
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/environment.txt"
java -cp "$JAR" dev.callpickup.benchmarks.report.Summary "$OUT"
