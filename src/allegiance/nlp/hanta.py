"""A spaCy component that tags and lemmatises German with HanTa (STTS tags, UPOS, lemmas)."""

from __future__ import annotations

import gzip
import json
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from allegiance.nlp.stts import hanta_to_stts, is_punct_text, is_symbol_text, punct_tag, upos_for

_LOCK = threading.Lock()
CACHE_PATH = Path(__file__).resolve().parent / "resources" / "hanta_cache.json.gz"
#: word (lower-cased) -> HanTa forward analysis; shared by all pipelines in the process
FORWARD_MEMO: dict[str, Any] = {}
#: (word, HanTa tag) -> lemma; shared by all pipelines in the process
LEMMA_CACHE: dict[tuple[str, str], str] = {}
_MAX_MEMO = 400_000


def _load_shipped_cache() -> None:
    """Pre-fill the memo tables from ``resources/hanta_cache.json.gz`` when present."""
    if not CACHE_PATH.exists() or os.environ.get("ALLEGIANCE_HANTA_CACHE") == "0":
        return
    with gzip.open(CACHE_PATH, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    for word, res in data.get("forward", {}).items():
        FORWARD_MEMO.setdefault(word, [(int(t), float(p)) for t, p in res])
    for word, tag, lemma in data.get("lemma", []):
        LEMMA_CACHE.setdefault((word, tag), lemma)


@lru_cache(maxsize=1)
def get_hanta() -> Any:
    """Load (once) the German HanTa tagger shipped inside the HanTa package."""
    from HanTa import HanoverTagger as ht

    with _LOCK:
        tagger = ht.HanoverTagger("morphmodel_ger.pgz")
        _load_shipped_cache()
    # HanTa re-analyses every word outside its lexicon each time it is seen; memoise that
    # (pure function of the lower-cased word) so repeated names and compounds cost nothing.
    forward = tagger.analyze_forward
    memo = FORWARD_MEMO

    def analyze_forward(word: str) -> Any:
        res = memo.get(word)
        if res is None:
            res = forward(word)
            if len(memo) < _MAX_MEMO:
                memo[word] = res
        return res

    tagger.analyze_forward = analyze_forward
    return tagger


def _fix_lemma(word: str, lemma: str, stts: str) -> str:
    """Repair HanTa lemma artefacts: case inside hyphen compounds, truncated proper names."""
    if not lemma:
        return word
    if stts == "NE":
        # keep proper names as written, except a genitive -s / -' ending (Musks -> Musk)
        if lemma.lower() == word.lower():
            return word
        if word.endswith(("s", "'", "’")) and lemma.lower() == word[:-1].lower():
            return word[:-1]
        return word
    if "-" in word and "-" in lemma and stts in ("NN", "NE"):
        head, _, tail = lemma.rpartition("-")
        whead = word.rpartition("-")[0]
        if head.lower() == whead.lower():
            return whead + "-" + tail[:1].upper() + tail[1:]
    if stts == "NN" and lemma[:1].islower() and word[:1].isupper():
        return lemma[:1].upper() + lemma[1:]
    return lemma


class HanTaTagger:
    """Sets ``tag_`` (STTS), ``pos_`` (UPOS) and ``lemma_`` on every token of a German Doc.

    Tagging runs sentence by sentence when sentence boundaries are set, else over the whole Doc.
    ``overwrite_tags=False`` keeps tags that are already present and only fills lemmas.
    """

    def __init__(self, nlp: Language, name: str, overwrite_tags: bool = True) -> None:
        self.name = name
        self.overwrite_tags = overwrite_tags
        self._lemma_cache = LEMMA_CACHE
        self._piece_cache: dict[str, str] = {}

    def _lemma(self, word: str, hanta_tag: str, stts: str) -> str:
        key = (word, hanta_tag)
        lemma = self._lemma_cache.get(key)
        if lemma is None:
            tagger = get_hanta()
            try:
                raw = tagger._analyze(word, tagger.tag2int[hanta_tag], taglevel=1)[0]
            except Exception:  # HanTa fails on a few odd strings; keep the word
                raw = word
            lemma = _fix_lemma(word, raw, stts)
            if len(self._lemma_cache) < _MAX_MEMO:
                self._lemma_cache[key] = lemma
        return lemma

    def _spans(self, doc: Doc) -> list[tuple[int, int]]:
        if doc.has_annotation("SENT_START"):
            return [(s.start, s.end) for s in doc.sents]
        # chunk long unsegmented docs so Viterbi stays cheap
        return [(i, min(i + 200, len(doc))) for i in range(0, len(doc), 200)]

    def _word_tag(self, piece: str) -> str:
        """HanTa tag of a compound's first part, judged without context."""
        tag = self._piece_cache.get(piece)
        if tag is None:
            if any(c.isupper() for c in piece[1:]) or not piece[:1].isalpha():
                tag = "CARD" if piece.isdigit() else "NE"
            else:
                best = get_hanta().tag_word(piece)
                top = best[0][0] if best else "NN"
                tag = top if top in ("NE", "NN") else ("NN" if piece[:1].isupper() else "TRUNC")
            if len(self._piece_cache) < 200_000:
                self._piece_cache[piece] = tag
        return tag

    @staticmethod
    def _groups(toks: Any) -> list[list[Any]]:
        """Group tokens split at a compound hyphen (``Trump`` ``-`` ``Administration``)."""
        groups: list[list[Any]] = []
        i, n = 0, len(toks)
        while i < n:
            group = [toks[i]]
            while (
                i + 2 < n
                and toks[i].whitespace_ == ""
                and toks[i + 1].text == "-"
                and toks[i + 1].whitespace_ == ""
                and not is_punct_text(toks[i + 2].text)
                and not is_punct_text(toks[i].text)
            ):
                group.extend([toks[i + 1], toks[i + 2]])
                i += 2
            groups.append(group)
            i += 1
        return groups

    def _set(self, tok: Any, htag: str | None, fixed: str | None = None) -> None:
        text = tok.text
        if text.isspace():
            stts, upos = "$(", "SPACE"
        elif is_punct_text(text):
            stts, upos = punct_tag(text), "PUNCT"
        elif is_symbol_text(text):
            stts, upos = "XY", "SYM"
        else:
            stts = fixed or hanta_to_stts(htag or "XY")
            if stts == "NN" and any(c.isupper() for c in text[1:]) and "-" not in text:
                stts = "NE"  # SpaceX, McKinsey, BlackRock
            upos = upos_for(stts, text)
        if self.overwrite_tags or not tok.tag_:
            tok.tag_ = stts
            tok.pos_ = upos
        if upos in ("PUNCT", "SYM", "SPACE"):
            tok.lemma_ = text
        elif htag is not None and fixed is None:
            tok.lemma_ = self._lemma(text, htag, tok.tag_ or stts)
        else:
            tok.lemma_ = text

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        tagger = get_hanta()
        for start, end in self._spans(doc):
            toks = list(doc[start:end])
            if not toks:
                continue
            groups = self._groups(toks)
            words = ["".join(t.text for t in g) for g in groups]
            idx = tagger.tag_sent_viterbi(words)
            for group, i in zip(groups, idx, strict=True):
                htag = tagger.int2tag[i]
                if len(group) == 1:
                    self._set(group[0], htag)
                    continue
                for tok in group[:-1]:
                    if tok.text == "-":
                        self._set(tok, None)
                    else:
                        self._set(tok, None, fixed=self._word_tag(tok.text))
                last = group[-1]
                stts = hanta_to_stts(htag)
                if stts in ("NN", "NE"):
                    self._set(last, "NN" if stts == "NN" else "NE")
                else:
                    self._set(last, htag)
        return doc

    def to_disk(self, path: Any, exclude: Any = ()) -> None:
        """Nothing to save: the HanTa model ships with the HanTa package."""

    def from_disk(self, path: Any, exclude: Any = ()) -> HanTaTagger:
        """Nothing to load (see :meth:`to_disk`)."""
        return self

    def to_bytes(self, exclude: Any = ()) -> bytes:
        """Nothing to serialise."""
        return b""

    def from_bytes(self, data: bytes, exclude: Any = ()) -> HanTaTagger:
        """Nothing to deserialise."""
        return self


@Language.factory("allegiance_hanta", default_config={"overwrite_tags": True})
def make_hanta(nlp: Language, name: str, overwrite_tags: bool) -> HanTaTagger:
    """spaCy factory for :class:`HanTaTagger`."""
    return HanTaTagger(nlp, name, overwrite_tags=overwrite_tags)


class FinalizeTags:
    """Restore UPOS from the STTS tag where a later component cleared it, drop feature markers.

    The morphologizer of the trained pipeline predicts UD features only (its training data has
    no POS), and clears ``pos_`` while writing ``morph``; this component runs after it.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Fix ``doc`` in place and return it."""
        for tok in doc:
            if not tok.pos_ and tok.tag_:
                tok.pos_ = "SPACE" if tok.is_space else upos_for(tok.tag_, tok.text)
            morph = str(tok.morph)
            if morph.startswith("G=") or "|G=" in morph:
                feats = [f for f in morph.split("|") if not f.startswith("G=")]
                tok.set_morph("|".join(feats) or None)
        return doc

    def to_disk(self, path: Any, exclude: Any = ()) -> None:
        """Nothing to save."""

    def from_disk(self, path: Any, exclude: Any = ()) -> FinalizeTags:
        """Nothing to load."""
        return self

    def to_bytes(self, exclude: Any = ()) -> bytes:
        """Nothing to serialise."""
        return b""

    def from_bytes(self, data: bytes, exclude: Any = ()) -> FinalizeTags:
        """Nothing to deserialise."""
        return self


@Language.factory("allegiance_finalize")
def make_finalize(nlp: Language, name: str) -> FinalizeTags:
    """spaCy factory for :class:`FinalizeTags`."""
    return FinalizeTags(nlp, name)
