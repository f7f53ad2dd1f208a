#!/usr/bin/env bash
# Score one lot over a Slurm job array, then merge the shards into one run.
#
#   bash docs/cluster/slurm-array.sh          # submit: N shard tasks + the merge
#   sbatch --array=3 slurm-array.sh           # re-run shard 3 only (resumes it)
#
# Run without Slurm variables (plain `bash`), the script submits itself as an
# array of N_SHARDS tasks and merge.sh (next to it) as a job that starts only
# when every task has succeeded. Run by Slurm, it is one task: it scores the
# K-th of N parts of the sorted, de-duplicated query list into $RUNS/shard-K.
# Everything lives in one shared folder that every node mounts at the SAME
# path: the run manifest digests the query paths as given, so a lot seen
# under two spellings does not merge. Do not add images to the lot while it
# runs (the shards would see different lists; merge refuses them).
# Edit the variables here rather than overriding them from the environment,
# so a later re-run of one task sees the same settings.
#
#SBATCH --job-name=nagl-shard
#SBATCH --array=1-8
#   (1-N_SHARDS; the submit step passes --array=1-$N_SHARDS, which wins)
#SBATCH --gres=gpu:1
#SBATCH --cpus-per-task=8
#SBATCH --mem=32G
#SBATCH --time=04:00:00
#   SIGINT 120 s before the time limit: nagl stops after the current batch,
#   keeps every finished output and exits 130; re-run the task to resume.
#SBATCH --signal=INT@120
#SBATCH --output=nagl-shard-%A_%a.out
set -euo pipefail

# ---- the lot, references, model, shard count --------------------------------
: "${SHARED:=/shared/inspection}"                     # mounted on every node
: "${LOT:=$SHARED/lots/lot-2026-12-07}"               # folder (recursive) or files
: "${RUNS:=$SHARED/runs/lot-2026-12-07}"              # shard-K/ and merged/ go here
: "${N_SHARDS:=8}"                                    # N: tasks in the array
: "${BACKBONE:=$SHARED/models/dinov2_vits14_pretrain.pth}"
: "${HEAD:=$SHARED/models/nagl-head.pth}"
: "${IMAGE_SIZE:=448}"
: "${PRECISION:=fp32}"                                # fp32 | bf16 | fp16 (CUDA)
: "${BATCH_SIZE:=16}"
: "${THRESHOLD:=}"                                    # optional: exports at merge time
: "${EXPORT:=}"                                       # e.g. report-csv,report-json,coco-rle
: "${NAGL:=nagl}"                                     # the nagl program on the nodes
NORMALS=(
  "$SHARED/refs/good-01.png"
  "$SHARED/refs/good-02.png"
)
ABNORMALS=(                                           # paired in order with MASKS
  "$SHARED/refs/scratch-01.png"
)
MASKS=(
  "$SHARED/refs/scratch-01_mask.png"
)
# ------------------------------------------------------------------------------

die() { echo "slurm-array.sh: $*" >&2; exit 2; }
[[ ${#ABNORMALS[@]} -eq ${#MASKS[@]} ]] || die "ABNORMALS and MASKS must pair up"
[[ -z "$EXPORT" || -n "$THRESHOLD" ]] || die "EXPORT needs THRESHOLD"

if [[ -z "${SLURM_ARRAY_TASK_ID:-}" ]]; then
  # Submit step. sbatch copies this script to its spool at submission, so
  # find merge.sh now, while $0 is still the real file.
  here=$(cd "$(dirname "$0")" && pwd)
  [[ -f "$here/merge.sh" ]] || die "merge.sh not found next to $0"
  mkdir -p "$RUNS/logs"
  export SHARED LOT RUNS N_SHARDS BACKBONE HEAD IMAGE_SIZE PRECISION BATCH_SIZE THRESHOLD EXPORT NAGL
  shards=$(sbatch --parsable --array="1-$N_SHARDS" --export=ALL \
    --output="$RUNS/logs/shard-%a.out" "$0")
  shards=${shards%%;*}                                # "jobid[;cluster]"
  # afterok on an array job id waits for every task; if one fails, the merge
  # is cancelled instead of pending for ever (re-submit it after the re-run).
  merge=$(sbatch --parsable --dependency="afterok:$shards" --kill-on-invalid-dep=yes \
    --export=ALL --output="$RUNS/logs/merge.out" "$here/merge.sh")
  merge=${merge%%;*}
  echo "shards: job $shards (array 1-$N_SHARDS), merge: job $merge -> $RUNS/merged"
  exit 0
fi

# One task of the array.
k=$SLURM_ARRAY_TASK_ID
(( k >= 1 && k <= N_SHARDS )) || die "task $k is outside 1-$N_SHARDS"
if [[ "${SLURM_ARRAY_TASK_MIN:-}" == 1 && "${SLURM_ARRAY_TASK_COUNT:-}" == "$N_SHARDS" ]]; then
  shard=auto        # K and N from SLURM_ARRAY_TASK_ID / _MIN / _COUNT (said on stderr)
else
  # A re-run of some tasks (`sbatch --array=3`): Slurm would then say 1 of 1,
  # so name the shard explicitly; the manifest must match the first run's.
  shard="$k/$N_SHARDS"
fi
out="$RUNS/shard-$k"
resume=()
if [[ -e "$out/run.json" ]]; then
  resume=(--resume)  # the folder holds this shard's run: continue it
fi

args=(--backbone "$BACKBONE" --head "$HEAD" --image-size "$IMAGE_SIZE"
      --precision "$PRECISION" --device cuda --batch-size "$BATCH_SIZE"
      --threads "${SLURM_CPUS_PER_TASK:-0}")
for n in "${NORMALS[@]}"; do args+=(--normal "$n"); done
for i in "${!ABNORMALS[@]}"; do
  args+=(--abnormal "${ABNORMALS[$i]}" --abnormal-mask "${MASKS[$i]}")
done

echo "task $k on $(hostname): nagl infer --shard $shard ${resume[*]} --out $out"
rc=0
srun --ntasks=1 "$NAGL" infer "${args[@]}" "${resume[@]}" --shard "$shard" --out "$out" "$LOT" || rc=$?
case $rc in
  0) ;;
  3) # Some queries could not be read (their rows say nan) or an output could
     # not be written. A single run would exit 3 on the same lot, so let the
     # merge go on: it refuses a shard whose run is incomplete, naming it.
     echo "task $k: exit 3 (partial), see the errors above" >&2
     rc=0 ;;
  130) echo "task $k: interrupted; re-run it with: sbatch --array=$k slurm-array.sh" >&2 ;;
  *) echo "task $k: nagl infer failed with exit $rc" >&2 ;;
esac
exit "$rc"
