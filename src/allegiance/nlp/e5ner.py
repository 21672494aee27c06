"""German named entities from a small fine-tuned transformer (``allegiance_e5ner``).

The model is the first six layers of multilingual-e5-small (MIT), fine-tuned for PER/ORG/LOC
on the same German corpora as the CNN tagger it replaces (``training/e5ner/``,
docs/models.md). It ships as ``models/de_e5ner``: ``encoder.onnx`` (int8 weights, run by
onnxruntime on the CPU, one thread per process by default) and ``vocab.npz`` (a German
SentencePiece vocabulary of ~30k pieces with int8 embeddings; the lookup runs in numpy).

Each sentence is cut into word pieces and tagged on its own (so its entities never depend on
the other sentences of a batch), and every word takes the BIO tag of its first piece;
``doc.ents`` is replaced, exactly as spaCy's ``ner`` would. Nothing is downloaded.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span

MODEL_DIR = Path(__file__).resolve().parent / "models" / "de_e5ner"
BOS, PAD, EOS, UNK = 0, 1, 2, 3
#: word pieces per sentence chunk, without the two special tokens
CHUNK = 250


class Unigram:
    """SentencePiece unigram segmentation (Viterbi) of one word, XLM-R style (``▁word``).

    ``pieces[i]`` is the piece with id ``i``; ids 0-3 are the special tokens. A character no
    piece covers becomes ``UNK`` (runs of them one ``UNK``), as in SentencePiece.
    """

    def __init__(self, pieces: list[str], scores: np.ndarray) -> None:
        self.index = {p: i for i, p in enumerate(pieces) if i > UNK and p}
        self.scores = [float(s) for s in scores]
        self.maxlen = max(len(p) for p in self.index)
        self.cache: dict[str, list[int]] = {}

    def word(self, w: str) -> list[int]:
        """Piece ids of ``w`` (a word without spaces) with the word-start mark."""
        got = self.cache.get(w)
        if got is not None:
            return got
        s = "▁" + unicodedata.normalize("NFKC", w).replace(" ", "▁")
        n = len(s)
        best = [0.0] + [-1e18] * n
        back = [0] * (n + 1)
        ids = [0] * (n + 1)
        index, scores = self.index, self.scores
        for end in range(1, n + 1):
            for start in range(max(0, end - self.maxlen), end):
                if best[start] <= -1e18:
                    continue
                pid = index.get(s[start:end])
                if pid is None:
                    if end - start == 1:  # a character no piece covers
                        sc = best[start] - 100.0
                        if sc > best[end]:
                            best[end], back[end], ids[end] = sc, start, UNK
                    continue
                sc = best[start] + scores[pid]
                if sc > best[end]:
                    best[end], back[end], ids[end] = sc, start, pid
        out: list[int] = []
        end = n
        while end > 0:
            out.append(ids[end])
            end = back[end]
        out.reverse()
        merged = [t for i, t in enumerate(out) if not (t == UNK and i and out[i - 1] == UNK)]
        if len(self.cache) < 500_000:
            self.cache[w] = merged
        return merged


def available(model_dir: Path = MODEL_DIR) -> bool:
    """Whether the model files and onnxruntime are there."""
    if not (model_dir / "encoder.onnx").exists():
        return False
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


def spans_from_tags(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) spans of a BIO sequence; an ``I-`` without its ``B-`` opens one."""
    out: list[tuple[int, int, str]] = []
    start: int | None = None
    label = ""
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or t[2:] != label:
            if start is not None:
                out.append((start, i, label))
            start, label = (None, "") if t == "O" else (i, t[2:])
    return out


class E5NER:
    """spaCy component: sets ``doc.ents`` from the e5 tagger."""

    def __init__(self, nlp: Language, name: str, model_dir: str = "", threads: int = 0) -> None:
        import onnxruntime as ort

        path = Path(model_dir) if model_dir else MODEL_DIR
        self.name = name
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        self.tags: list[str] = meta["tags"]
        vocab = np.load(path / "vocab.npz")
        self.tok = Unigram([str(p) for p in vocab["pieces"]], vocab["scores"])
        self.emb = vocab["emb"]
        self.scale = vocab["scale"].astype(np.float32)
        opts = ort.SessionOptions()
        n = threads or int(os.environ.get("ALLEGIANCE_NER_THREADS", "1") or 1)
        opts.intra_op_num_threads = n
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(
            str(path / "encoder.onnx"), opts, providers=["CPUExecutionProvider"]
        )

    def __call__(self, doc: Doc) -> Doc:
        self._tag([doc])
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        # sentences are tagged one by one (see ``_tag``), so there is nothing to batch
        for doc in stream:
            self._tag([doc])
            yield doc

    # -- internals ---------------------------------------------------------------------------
    def _chunks(self, doc: Doc) -> Iterator[tuple[list[int], list[int], list[int]]]:
        """(token indices, piece ids, first-piece positions) per sentence or piece of one."""
        if not len(doc):
            return
        starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        bounds = [*starts[1:], len(doc)]
        for a, b in zip(starts, bounds, strict=True):
            toks: list[int] = []
            ids: list[int] = [BOS]
            firsts: list[int] = []
            for i in range(a, b):
                text = doc[i].text
                if not text.strip():
                    continue
                pieces = self.tok.word(text) or [UNK]
                if len(ids) - 1 + len(pieces) > CHUNK and toks:
                    yield toks, [*ids, EOS], firsts
                    toks, ids, firsts = [], [BOS], []
                pieces = pieces[:CHUNK]
                toks.append(i)
                firsts.append(len(ids))
                ids.extend(pieces)
            if toks:
                yield toks, [*ids, EOS], firsts

    def _logits(self, doc: Doc) -> Iterator[tuple[list[int], list[int], np.ndarray]]:
        """(token indices, first-piece positions, logits per piece) for each chunk of ``doc``."""
        for toks, ids, firsts in self._chunks(doc):
            # one sentence per call: onnxruntime quantises the activations with one scale per
            # call, so batching sentences would make a sentence's entities depend on its
            # neighbours (about one entity in ten changed when we tried it)
            arr = np.asarray([ids], dtype=np.int64)
            emb = self.emb[arr].astype(np.float32) * self.scale[arr][:, :, None]
            keep = np.ones_like(arr)
            yield toks, firsts, self.session.run(["logits"], {"emb": emb, "keep": keep})[0][0]

    def tag_probs(self, doc: Doc) -> tuple[list[str], list[float]]:
        """The BIO tag of each token and the softmax probability the tagger gives it (``O`` and
        1.0 for whitespace tokens); ``training/label_silver.py`` uses the probabilities."""
        tags = ["O"] * len(doc)
        probs = [1.0] * len(doc)
        for toks, firsts, logits in self._logits(doc):
            z = np.exp(logits - logits.max(-1, keepdims=True))
            p = z / z.sum(-1, keepdims=True)
            for tok_i, pos in zip(toks, firsts, strict=True):
                best = int(logits[pos].argmax())
                tags[tok_i] = self.tags[best]
                probs[tok_i] = float(p[pos, best])
        return tags, probs

    def _tag(self, docs: list[Doc]) -> None:
        for doc in docs:
            seq = ["O"] * len(doc)
            for toks, firsts, logits in self._logits(doc):
                best = logits.argmax(-1)
                for tok_i, pos in zip(toks, firsts, strict=True):
                    seq[tok_i] = self.tags[int(best[pos])]
            doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in spans_from_tags(seq)]


@Language.factory(
    "allegiance_e5ner", default_config={"model_dir": "", "threads": 0}, retokenizes=False
)
def make_e5ner(nlp: Language, name: str, model_dir: str, threads: int) -> E5NER:
    return E5NER(nlp, name, model_dir, threads)


def install(nlp: Language) -> Language:
    """Put the transformer tagger in the place of ``nlp``'s ``ner`` (the trained German
    pipeline's CNN tagger) and drop the gazetteer flags only that CNN reads."""
    nlp.replace_pipe("ner", "allegiance_e5ner")
    if "allegiance_gazfeat" in nlp.pipe_names:
        nlp.remove_pipe("allegiance_gazfeat")
    nlp.meta["name"] = f"{nlp.meta.get('name', 'allegiance')}+{model_version()}"
    return nlp


@lru_cache(maxsize=1)
def model_version() -> str:
    """``de_e5ner`` plus its layer count, for pipeline names and reports."""
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    return f"{meta.get('name', 'de_e5ner')}-L{meta.get('layers', '?')}"
