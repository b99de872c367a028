#!/usr/bin/env bash
# Cold start of KAM Workbench against an empty workbench window on the same bundles (the application
# org.kamworkbench.application.emptyShell). Run inside an X server (./kam startup-bench uses Xvfb).
#   startup.sh PRODUCT_DIR [RUNS]
# Each run starts with a new workspace and a new home folder, as a new user's first start: KAM Workbench
# then also creates the example project and opens it. The time is from starting the process until its
# main window (at least 1000 pixels wide) is on the screen. Ends with one line: BENCH key=value ...
set -euo pipefail
PRODUCT=$1
RUNS=${2:-5}
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT

start_once() { # prints the milliseconds until the main window is mapped; $1 title, then start arguments
	local title=$1; shift
	local run="$SCRATCH/run-$RANDOM"
	mkdir -p "$run/home"
	local start end pid
	start=$(date +%s%N)
	HOME="$run/home" "$PRODUCT/kam-workbench.sh" -data "$run/workspace" "$@" >"$run/out.log" 2>&1 &
	pid=$!
	for _ in $(seq 1 1200); do
		if xwininfo -root -tree 2>/dev/null | grep -qE "\"$title[^\"]*\": \(\"[^\"]*\" \"[^\"]*\"\)  1[0-9]{3}x"; then
			end=$(date +%s%N)
			break
		fi
		sleep 0.05
	done
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	[ -n "${end:-}" ] || { echo "no '$title' window within 60 s (log: $run/out.log)" >&2; exit 1; }
	echo $(( (end - start) / 1000000 ))
}

median() { tr ' ' '\n' | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

kam=(); shell=()
start_once "KAM Workbench" >/dev/null   # warm-up: the file system cache, as on any second start of a day
start_once "Empty shell" -application org.kamworkbench.application.emptyShell >/dev/null
for i in $(seq 1 "$RUNS"); do
	kam+=("$(start_once "KAM Workbench")")
	shell+=("$(start_once "Empty shell" -application org.kamworkbench.application.emptyShell)")
	echo "run $i: KAM Workbench ${kam[-1]} ms, empty shell ${shell[-1]} ms"
done
k=$(echo "${kam[*]}" | median)
s=$(echo "${shell[*]}" | median)
ratio=$(awk -v k="$k" -v s="$s" 'BEGIN {printf "%.2f", k / s}')
echo "median of $RUNS: KAM Workbench $k ms, empty shell $s ms, ratio $ratio (target: at most 1.25)"
echo "BENCH cold_start_ms=$k empty_shell_ms=$s cold_start_ratio=$ratio cold_start_runs=$RUNS cold_start_load_average=$(cut -d' ' -f1 /proc/loadavg)"
