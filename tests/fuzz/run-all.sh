#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each, one after the other (one at a time: the machine is
# shared), on seeds built by seeds.py and a corpus that grows in BUILD/fuzz-corpus/<target>.
# usage: tests/fuzz/run-all.sh SECONDS [BUILD_DIR (default build-fuzz)] [TARGET...]
# Prints one line per target: executions/s, coverage (libFuzzer's cov: edges) and the result.
# Exit status 1 when a target found a crash (the reproducer is BUILD/fuzz-crash/<target>/*).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seconds="${1:?usage: run-all.sh SECONDS [BUILD_DIR] [TARGET...]}"
build="$(cd "${2:-$here/../../build-fuzz}" && pwd)"
shift $(($# >= 2 ? 2 : $#))
targets=("$@")
if ((${#targets[@]} == 0)); then
    targets=(fzreader aslreader project jsonpath intrinsic choicerule mockconfig callback execution jsonata)
fi
shared="${STEPWISE_SHARED:-$here/../../../shared}"
python3 "$here/seeds.py" "$build/fuzz-seeds" "$shared" >/dev/null
status=0
for t in "${targets[@]}"; do
    bin="$build/bin/fuzz_$t"
    [ -x "$bin" ] || bin="$build/tests/fuzz/fuzz_$t"
    if [ ! -x "$bin" ]; then
        echo "$t: not built"
        status=1
        continue
    fi
    corpus="$build/fuzz-corpus/$t"
    crashes="$build/fuzz-crash/$t"
    log="$build/fuzz-logs/$t.log"
    mkdir -p "$corpus" "$crashes" "$(dirname "$log")" "$build/fuzz-seeds/$t"
    # -rss_limit_mb: a runaway allocation is a finding. -timeout (wall-clock seconds,
    # FUZZ_TIMEOUT, default 60): a unit over it is a hang. An execution whose payloads grew to
    # the 256 KiB limit takes ~4 s of CPU under ASan, ten times that at nice 19 on a saturated
    # machine: raise FUZZ_TIMEOUT there rather than report it.
    nice -n 19 "$bin" "$corpus" "$build/fuzz-seeds/$t" -max_total_time="$seconds" \
        -max_len=65536 -timeout="${FUZZ_TIMEOUT:-60}" -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$crashes/" >"$log" 2>&1
    rc=$?
    execs=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$')
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
    if [ $rc -eq 0 ]; then
        result="no finding"
    else
        result="FINDING (exit $rc, see $log)"
        status=1
    fi
    echo "$t: ${execs:-?} exec/s, cov ${cov:-?} edges, ${runs:-?} runs in ${seconds}s: $result"
done
exit $status
