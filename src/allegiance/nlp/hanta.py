"""A spaCy component that tags and lemmatises German with HanTa (STTS tags, UPOS, lemmas)."""

from __future__ import annotations

import gzip
import json
import math
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


class FastViterbi:
    """HanTa's sentence Viterbi (``HanoverTagger.tag_sent_viterbi``, case-sensitive), same
    result tag for tag, about twice as fast.

    HanTa's version scores every tag transition of every state for every word, though a word
    allows only a few tags, and re-analyses every word. Here a word's tag scores are memoised
    per (word, case-sensitivity) and the transitions a state can take into a word's tags are
    filtered once per (state, set of tags) and kept in HanTa's order, so sums, comparisons and
    ties come out as in HanTa. ``tests/test_nlp.py`` compares the two.
    """

    _MAX = 200_000

    def __init__(self, tagger: Any) -> None:
        from HanTa.HanoverTagger import END, UNKNOWN

        self.tagger = tagger
        self._end = END
        self._unknown = UNKNOWN
        self._words: dict[tuple[str, bool], dict[int, float]] = {}
        self._moves: dict[tuple[Any, frozenset[int] | None], list[tuple[int, float]]] = {}

    def _word(self, w: str, cs: bool) -> dict[int, float]:
        key = (w, cs)
        probs = self._words.get(key)
        if probs is None:
            probs = dict(self.tagger._tag_word(w, cutoff=5, casesensitive=cs, conditional=True))
            if len(probs) == 1 and self._unknown in probs:
                probs = {}  # as HanTa: a lone UNKNOWN means the word is unknown
            if len(self._words) < self._MAX:
                self._words[key] = probs
        return probs

    def _moves_into(self, state: Any, tags: frozenset[int] | None) -> list[tuple[int, float]]:
        key = (state, tags)
        moves = self._moves.get(key)
        if moves is None:
            end = self._end
            moves = [
                (c, lp)
                for c, lp in self.tagger.LP_trans_word[state].items()
                if c != end and (tags is None or c in tags)
            ]
            if len(self._moves) < self._MAX:
                self._moves[key] = moves
        return moves

    def tags(self, sent: list[str]) -> list[int]:
        """The best tag sequence (HanTa tag ids) for the words of ``sent``."""
        from HanTa.HanoverTagger import EMPTY, START

        lowerbound = -1e6
        table: list[dict[Any, float]] = []
        backpointer: list[dict[Any, Any]] = []
        for i, w in enumerate(sent):
            wprobs = self._word(w, i > 0)
            tags = frozenset(wprobs) if wprobs else None
            row: dict[Any, float] = {}
            back: dict[Any, Any] = {}
            backpointer.append(back)
            prevrow = {(EMPTY, START): 0.0} if i == 0 else table[i - 1]
            if len(prevrow) > 5:
                rowbound = sorted(prevrow.values(), reverse=True)[5] - 1
            else:
                rowbound = lowerbound
            for state, lp0 in prevrow.items():
                if lp0 < rowbound:
                    continue
                s1 = state[1]
                for c, lp_tc in self._moves_into(state, tags):
                    lp = lp0 + lp_tc + (wprobs[c] if tags is not None else 0)
                    if lp > lowerbound:
                        newstate = (s1, c)
                        old = row.get(newstate)
                        if old is None or lp > old:
                            row[newstate] = lp
                            back[newstate] = state
            table.append(row)
        # last row
        end = self._end
        finalstate = (end, EMPTY)
        best = -math.inf
        back = {}
        for state, lp0 in table[-1].items():
            lp = lp0 + self.tagger.LP_trans_word[state].get(end, -math.inf)
            if lp > best:
                best = lp
                back[finalstate] = state
        backpointer.append(back)
        out = []
        state = finalstate
        for i in range(len(backpointer) - 1, 0, -1):
            state = backpointer[i][state]
            out.append(state[1])
        return out[::-1]


@lru_cache(maxsize=1)
def get_viterbi() -> FastViterbi:
    """The process's :class:`FastViterbi` over :func:`get_hanta`'s tagger."""
    return FastViterbi(get_hanta())


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
        viterbi = get_viterbi()
        for start, end in self._spans(doc):
            toks = list(doc[start:end])
            if not toks:
                continue
            groups = self._groups(toks)
            words = ["".join(t.text for t in g) for g in groups]
            idx = viterbi.tags(words)
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
