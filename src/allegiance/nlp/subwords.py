"""Pretrained subword knowledge for the German NER: static multilingual-e5 piece embeddings.

``resources/subwords_e5.npz`` (built by training/build_subwords.py) holds 120k SentencePiece
pieces of multilingual-e5-small with their unigram scores and 64-dimensional (PCA, int8) input
embeddings. A word is segmented with the unigram Viterbi algorithm and represented by the mean
of its piece vectors, so unseen names (``Palihapitiya``) still get an informed vector.

``allegiance.HashSubwordEmbed.v1`` combines spaCy's MultiHashEmbed with these vectors; its
optional ``table`` argument names another table file in ``resources`` (e.g. a 128-d one).
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache
from typing import Any

import numpy as np
from spacy.ml.models import MultiHashEmbed
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Maxout, Model, chain, with_array

from allegiance.nlp.gazetteer import RESOURCES

TABLE_NAME = "subwords_e5.npz"
TABLE_PATH = RESOURCES / TABLE_NAME
_LOCK = threading.Lock()


class SubwordTable:
    """Unigram segmentation and mean piece vectors, cached per word."""

    def __init__(self, path: Any = TABLE_PATH) -> None:
        z = np.load(path)
        pieces = [str(p) for p in z["pieces"]]
        self.index = {p: i for i, p in enumerate(pieces)}
        self.scores = z["scores"].astype(np.float32)
        self.vectors = z["vectors"].astype(np.float32) * z["scale"].astype(np.float32)
        self.dim = int(self.vectors.shape[1])
        self.max_len = max(len(p) for p in pieces)
        self.unk_score = float(self.scores.min()) - 10.0
        self._cache: dict[str, np.ndarray] = {}
        self._zero = np.zeros(self.dim, dtype=np.float32)

    def segment(self, word: str) -> list[int]:
        """Piece ids of ``word`` (unigram Viterbi; -1 for characters outside the table)."""
        s = "▁" + unicodedata.normalize("NFKC", word)
        n = len(s)
        best = [0.0] + [-1e30] * n
        back: list[tuple[int, int]] = [(0, -1)] * (n + 1)
        index, scores = self.index, self.scores
        for end in range(1, n + 1):
            for start in range(max(0, end - self.max_len), end):
                if best[start] <= -1e29:
                    continue
                pid = index.get(s[start:end])
                if pid is not None:
                    sc = best[start] + float(scores[pid])
                elif end - start == 1:
                    sc, pid = best[start] + self.unk_score, -1
                else:
                    continue
                if sc > best[end]:
                    best[end] = sc
                    back[end] = (start, pid)
        ids: list[int] = []
        pos = n
        while pos > 0:
            start, pid = back[pos]
            ids.append(pid)
            pos = start
        return ids[::-1]

    def word_vector(self, word: str) -> np.ndarray:
        """Mean piece vector of ``word`` (zeros when no piece is known)."""
        vec = self._cache.get(word)
        if vec is None:
            ids = [i for i in self.segment(word) if i >= 0]
            vec = self.vectors[ids].mean(axis=0) if ids else self._zero
            if len(self._cache) < 500_000:
                self._cache[word] = vec
        return vec

    def doc_matrix(self, words: list[str]) -> np.ndarray:
        """Stacked word vectors, shape ``(len(words), dim)``."""
        if not words:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self.word_vector(w) for w in words]).astype(np.float32)


@cache
def get_table(name: str = TABLE_NAME) -> SubwordTable:
    """A shipped subword table (file ``name`` in ``resources``), loaded once."""
    with _LOCK:
        return SubwordTable(RESOURCES / name)


def _sub_forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Any], Any]:
    table = get_table(model.attrs["table"])
    out = [model.ops.asarray2f(table.doc_matrix([t.text for t in doc])) for doc in docs]

    def backprop(d_out: list[Any]) -> list[Any]:
        return []

    return out, backprop


def subword_vectors(table: str = TABLE_NAME) -> Model[list[Doc], list[Any]]:
    """A parameter-free layer: docs -> per-token subword vectors."""
    return Model(
        "allegiance_subwords", _sub_forward, dims={"nO": get_table(table).dim},
        attrs={"table": table},
    )


def _concat_forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Any], Any]:
    hashed, sub = model.layers
    y1, bp1 = hashed(docs, is_train)
    y2, _ = sub(docs, is_train)
    xp = model.ops.xp
    out = [xp.hstack([a, b]) for a, b in zip(y1, y2, strict=True)]
    width = hashed.get_dim("nO")

    def backprop(d_out: list[Any]) -> list[Any]:
        bp1([d[:, :width] for d in d_out])
        return []

    return out, backprop


def _concat_init(model: Model, X: Any = None, Y: Any = None) -> None:
    model.layers[0].initialize(X=X)


@registry.architectures("allegiance.HashSubwordEmbed.v1")
def hash_subword_embed(
    width: int,
    attrs: list[str],
    rows: list[int],
    include_static_vectors: bool = False,
    table: str = TABLE_NAME,
) -> Model[list[Doc], list[Any]]:
    """MultiHashEmbed features concatenated with e5 subword vectors, mixed by a Maxout layer."""
    hashed = MultiHashEmbed(
        width=width, attrs=attrs, rows=rows, include_static_vectors=include_static_vectors
    )
    sub = subword_vectors(table)
    dim = sub.get_dim("nO")
    both = Model(
        "hash_and_subwords",
        _concat_forward,
        init=_concat_init,
        layers=[hashed, sub],
        dims={"nO": width + dim},
    )
    return chain(both, with_array(Maxout(width, width + dim, nP=3, normalize=True)))
