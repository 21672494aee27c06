#!/bin/bash
# The GPU runs behind docs/models.md's "transformer NER" table (one H100, November 2026):
# e5-small fine-tuned with all 12 layers, and cut to its first 2 and 4 layers.
# Usage (from the repository root): training/e5ner/gpu_runs.sh DATA_DIR OUT_DIR
# DATA_DIR is what prep.py wrote. The 6-layer model that ships was trained on the CPU
# (`make train-e5ner`).
export PYTHONUNBUFFERED=1
DATA=$1 OUT=$2
T=training/e5ner/finetune.py
run() { python3 $T "$DATA" "$OUT" "$@" 2>&1 | grep -v -i warn | tee -a "$OUT/log.txt"; }
run --epochs 5 --lr 1e-4 --tag e5_lr1e4
run --epochs 3 --lr 1e-4 --layers 2 --tag e5_L2
run --epochs 3 --lr 1e-4 --layers 4 --tag e5_L4
