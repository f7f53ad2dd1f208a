#!/usr/bin/env bash
# Merge the shard runs of one lot into one run (the dependent job that
# slurm-array.sh submits; also usable by hand, with or without Slurm):
#
#   RUNS=/shared/inspection/runs/lot-2026-12-07 N_SHARDS=8 \
#     sbatch --dependency=afterok:<shard job id> docs/cluster/merge.sh
#   RUNS=... N_SHARDS=8 bash docs/cluster/merge.sh
#
# nagl merge refuses shards whose manifests differ (model, references, image
# size, precision: it names what differs) and names a missing or incomplete
# shard; its scores.csv is in the order one single run writes it, maps/ and
# patch/ are copied, lot-wide exports are re-made from the merged results.
#
#SBATCH --job-name=nagl-merge
#SBATCH --cpus-per-task=4
#SBATCH --mem=16G
#SBATCH --time=01:00:00
#SBATCH --output=nagl-merge-%j.out
set -euo pipefail

: "${RUNS:?set RUNS to the folder that holds shard-1 ... shard-N}"
: "${N_SHARDS:?set N_SHARDS to N}"
: "${MERGED:=$RUNS/merged}"
: "${THRESHOLD:=}"                 # optional: --threshold T --export FORMATS
: "${EXPORT:=}"
: "${NAGL:=nagl}"

if [[ -n "$EXPORT" && -z "$THRESHOLD" ]]; then
  echo "merge.sh: EXPORT needs THRESHOLD" >&2
  exit 2
fi
# Every shard folder by name, so a missing one is named by nagl merge instead
# of silently dropped by a glob.
runs=()
for ((k = 1; k <= N_SHARDS; k++)); do runs+=("$RUNS/shard-$k"); done
exports=()
if [[ -n "$THRESHOLD" ]]; then exports+=(--threshold "$THRESHOLD"); fi
if [[ -n "$EXPORT" ]]; then exports+=(--export "$EXPORT"); fi

echo "nagl merge --out $MERGED ${exports[*]} ${runs[*]}"
exec "$NAGL" merge --out "$MERGED" "${exports[@]}" "${runs[@]}"
