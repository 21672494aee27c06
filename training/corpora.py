"""Readers for the corpora in ../shared/data and the fixed train / held-out splits.

Every reader returns :class:`Sent` records whose words are already split at compound hyphens
the way the run-time tokenizer splits them (see ``allegiance.nlp.tokenizer_de``). Held-out
slices (never used for training or for building word lists): every 10th sentence of GermEval
2014 dev+test, of Legal NER dev+test and of UD German GSD dev+test; the Europarl NER test file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from allegiance.nlp.tokenizer_de import split_compound

_DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DATA = Path(os.environ.get("ALLEGIANCE_DATA", _DEFAULT_DATA))
NER_LABELS = ("PER", "ORG", "LOC")
LEGAL_MAP = {
    "PER": "PER", "RR": "PER", "AN": "PER",
    "LD": "LOC", "ST": "LOC", "STR": "LOC", "LDS": "LOC",
    "ORG": "ORG", "UN": "ORG", "INN": "ORG", "GRT": "ORG", "MRK": "ORG",
}


@dataclass
class Sent:
    """One sentence: words plus optional entity spans (token offsets) and UD syntax."""

    words: list[str]
    ents: list[tuple[int, int, str]] | None = None
    heads: list[int] | None = None  # absolute token index of each head (root: itself)
    deps: list[str] | None = None
    tags: list[str] | None = None
    pos: list[str] | None = None
    morphs: list[str] | None = None
    lemmas: list[str] | None = None
    spaces: list[bool] | None = None
    meta: dict[str, str] = field(default_factory=dict)


def _blocks(path: Path, sep: str | None = "\t"):
    block: list[list[str]] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip():
                if block:
                    yield block
                block = []
                continue
            if line.startswith("#") and (sep != "\t" or "\t" not in line):
                continue
            block.append(line.split(sep))
    if block:
        yield block


def _split_ner(words: list[str], labels: list[str | None]) -> Sent:
    """Split compound words; ``labels`` are per-word (type, begins, part) tuples or None."""
    out_words: list[str] = []
    ents: list[tuple[int, int, str]] = []
    cur: list[int] | None = None  # [start, end, label]
    cur_label = ""
    for w, lab in zip(words, labels, strict=True):
        pieces = split_compound(w)
        if lab is None:
            if cur:
                ents.append((cur[0], cur[1], cur_label))
                cur = None
            out_words.extend(pieces)
            continue
        typ, begins, part = lab  # type: ignore[misc]
        if part:
            if cur:
                ents.append((cur[0], cur[1], cur_label))
                cur = None
            if len(pieces) >= 3:  # name before the last hyphen: SPD-Chef, Nordrhein-Westfalen-Wahl
                start = len(out_words)
                ents.append((start, start + len(pieces) - 2, typ))
            out_words.extend(pieces)
            continue
        start = len(out_words)
        out_words.extend(pieces)
        if begins or cur is None or cur_label != typ:
            if cur:
                ents.append((cur[0], cur[1], cur_label))
            cur = [start, len(out_words)]
            cur_label = typ
        else:
            cur[1] = len(out_words)
    if cur:
        ents.append((cur[0], cur[1], cur_label))
    return Sent(out_words, ents)


def _germeval_label(tag: str) -> tuple[str, bool, bool] | None:
    if tag == "O":
        return None
    bio, _, typ = tag.partition("-")
    part = typ.endswith("part")
    base = typ.removesuffix("part").removesuffix("deriv")
    if typ.endswith("deriv") or base not in NER_LABELS:
        return None
    if part and bio != "B":
        return None
    return (base, bio == "B", part)


def read_germeval() -> list[Sent]:
    """GermEval 2014 dev + test (outer layer), PER/ORG/LOC; ``-part`` names cut out of compounds."""
    sents: list[Sent] = []
    for name in ("NER-de-dev.tsv", "NER-de-test.tsv"):
        for block in _blocks(DATA / "germeval2014_ner" / name):
            rows = [r for r in block if len(r) >= 3 and r[0].isdigit()]
            s = _split_ner([r[1] for r in rows], [_germeval_label(r[2]) for r in rows])
            s.meta["corpus"] = "germeval"
            sents.append(s)
    return sents


def read_germeval_outer() -> list[list[tuple[str, str]]]:
    """GermEval 2014 dev + test as original tokens with their outer-layer tag (``B-ORGpart``...).

    Same sentence order as :func:`read_germeval`; used by ``training/evaluate.py`` for the
    standard GermEval metric (outer layer, main classes only).
    """
    out: list[list[tuple[str, str]]] = []
    for name in ("NER-de-dev.tsv", "NER-de-test.tsv"):
        for block in _blocks(DATA / "germeval2014_ner" / name):
            rows = [r for r in block if len(r) >= 3 and r[0].isdigit()]
            out.append([(r[1], r[2]) for r in rows])
    return out


def read_europarl(split: str) -> list[Sent]:
    """German Europarl NER (IOB1), ``split`` in train/dev/test; PER/ORG/LOC kept, MISC dropped."""
    sents: list[Sent] = []
    for block in _blocks(DATA / "europarl_ner_de" / f"{split}.tsv"):
        labels: list[tuple[str, bool, bool] | None] = []
        prev = "O"
        for r in block:
            tag = r[-1]
            if tag == "O":
                labels.append(None)
            else:
                bio, _, typ = tag.partition("-")
                begins = bio == "B" or not prev.endswith(typ)
                lab = (typ, begins, False) if typ in NER_LABELS else None
                labels.append(lab)
            prev = tag
        s = _split_ner([r[0] for r in block], labels)
        s.meta["corpus"] = "europarl"
        sents.append(s)
    return sents


def read_legal() -> list[Sent]:
    """German Legal NER dev + test, fine classes mapped to PER/ORG/LOC (legal norms -> O)."""
    sents: list[Sent] = []
    for name in ("ler_dev.conll", "ler_test.conll"):
        for block in _blocks(DATA / "legal_ner_de" / name, sep=" "):
            labels: list[tuple[str, bool, bool] | None] = []
            for r in block:
                tag = r[-1]
                bio, _, typ = tag.partition("-")
                mapped = LEGAL_MAP.get(typ)
                labels.append((mapped, bio == "B", False) if mapped else None)
            s = _split_ner([r[0] for r in block], labels)
            s.meta["corpus"] = "legal"
            sents.append(s)
    return sents


def read_ud() -> list[Sent]:
    """UD German GSD dev + test with multiword tokens merged (``zum``) and compounds split."""
    sents: list[Sent] = []
    for name in ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu"):
        for block in _blocks(DATA / "ud_german" / name):
            rows = [r for r in block if len(r) == 10 and "." not in r[0]]
            sents.append(_ud_sentence(rows))
    return sents


def _ud_sentence(rows: list[list[str]]) -> Sent:
    words_rows = {int(r[0]): r for r in rows if r[0].isdigit()}
    # surface tokens: (text, [word ids], space_after)
    surface: list[tuple[str, list[int], bool]] = []
    covered: set[int] = set()
    for r in rows:
        if "-" in r[0]:
            a, b = (int(x) for x in r[0].split("-"))
            surface.append((r[1], list(range(a, b + 1)), "SpaceAfter=No" not in r[9]))
            covered.update(range(a, b + 1))
        elif int(r[0]) not in covered:
            surface.append((r[1], [int(r[0])], "SpaceAfter=No" not in r[9]))
    word2surf: dict[int, int] = {}
    for si, (_, ids, _) in enumerate(surface):
        for i in ids:
            word2surf[i] = si
    # per surface token annotations
    tok: list[dict] = []
    for si, (text, ids, space) in enumerate(surface):
        head_word = next(
            (i for i in ids if int(words_rows[i][6]) not in ids), ids[0]
        )
        r = words_rows[head_word]
        h = int(r[6])
        head_si = si if h == 0 else word2surf[h]
        tag = r[4]
        morph = r[5]
        if len(ids) > 1:
            tags = [words_rows[i][4] for i in ids]
            if tags[0] == "APPR" and "ART" in tags:
                tag = "APPRART"
            morph = next((words_rows[i][5] for i in ids[1:] if "Case=" in words_rows[i][5]), morph)
        tok.append(
            dict(text=text, space=space, head=head_si, dep=r[7] if h else "ROOT", tag=tag,
                 pos=r[3], morph="" if morph == "_" else morph,
                 lemma="".join(words_rows[i][2] for i in ids) if len(ids) > 1 else r[2])
        )
    # split compounds: first pieces attach to the last piece (compound), hyphens as punct
    words: list[str] = []
    heads_rel: list[tuple[int, int]] = []  # (surface index of head, offset piece) resolved later
    out: list[dict] = []
    first_of: list[int] = []
    last_of: list[int] = []
    for t in tok:
        pieces = split_compound(t["text"])
        first_of.append(len(out))
        for p_i, p in enumerate(pieces):
            is_last = p_i == len(pieces) - 1
            d = dict(t) if is_last else dict(
                text=p, space=False, head=None, dep="compound" if p != "-" else "punct",
                tag="$(" if p == "-" else ("NE" if t["tag"] == "NE" else "NN"),
                pos="PUNCT" if p == "-" else ("PROPN" if t["tag"] == "NE" else "NOUN"),
                morph="", lemma=p)
            d["text"] = p
            if is_last and len(pieces) > 1:
                d["lemma"] = t["lemma"].rpartition("-")[2] or p
            if not is_last:
                d["space"] = False
            out.append(d)
        last_of.append(len(out) - 1)
    heads: list[int] = []
    for si_tok, t in enumerate(tok):
        lo, hi = first_of[si_tok], last_of[si_tok]
        for k in range(lo, hi + 1):
            if k < hi:
                heads.append(hi)
            else:
                heads.append(last_of[t["head"]])
    del heads_rel
    words = [d["text"] for d in out]
    return Sent(
        words=words, heads=heads, deps=[d["dep"] for d in out], tags=[d["tag"] for d in out],
        pos=[d["pos"] for d in out], morphs=[d["morph"] for d in out],
        lemmas=[d["lemma"] for d in out], spaces=[d["space"] for d in out],
        meta={"corpus": "ud"},
    )


def split_heldout(sents: list[Sent], every: int = 10) -> tuple[list[Sent], list[Sent]]:
    """(train, held_out): every ``every``-th sentence (index 0, 10, 20...) is held out."""
    train = [s for i, s in enumerate(sents) if i % every]
    held = [s for i, s in enumerate(sents) if not i % every]
    return train, held


def ner_splits() -> tuple[dict[str, list[Sent]], dict[str, list[Sent]]]:
    """Training and held-out NER sentences per corpus."""
    ge_tr, ge_te = split_heldout(read_germeval())
    le_tr, le_te = split_heldout(read_legal())
    train = {"germeval": ge_tr, "europarl": read_europarl("train") + read_europarl("dev"),
             "legal": le_tr}
    test = {"germeval": ge_te, "europarl": read_europarl("test"), "legal": le_te}
    return train, test


def ud_splits() -> tuple[list[Sent], list[Sent]]:
    """Training and held-out UD German GSD sentences."""
    return split_heldout(read_ud())


PROJECT_DIR = Path(__file__).resolve().parent / "data"


def read_project_sentences() -> list[Sent]:
    """Project-written annotated sentences: ``training/data/*.txt``, one sentence per line with
    entities marked inline as ``[Elon Musk](PER)``."""
    paths = sorted(PROJECT_DIR.glob("*.txt")) if PROJECT_DIR.exists() else []
    return read_marked(paths, "project")


def read_silver_sentences() -> list[Sent]:
    """Project-written plain sentences labelled by the transformer tagger
    (``training/data/silver/*.txt``, written by ``training/label_silver.py``)."""
    silver_dir = PROJECT_DIR / "silver"
    return read_marked(sorted(silver_dir.glob("*.txt")) if silver_dir.exists() else [], "silver")


def read_project_test() -> list[Sent]:
    """The project's German news NER test set (``training/data/test/*.txt``, same format;
    never used for training or selection)."""
    test_dir = PROJECT_DIR / "test"
    return read_marked(sorted(test_dir.glob("*.txt")) if test_dir.exists() else [], "news")


def read_marked(paths: list[Path], corpus: str) -> list[Sent]:
    """Sentences with inline entity marks, one per line (``#`` lines are comments), tokenised
    by the German pipeline's tokenizer."""
    import re

    from allegiance.nlp import load_pipeline

    pat = re.compile(r"\[([^\]]+)\]\((PER|ORG|LOC)\)")
    tok = load_pipeline("de").tokenizer
    out: list[Sent] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            text, spans, pos = "", [], 0
            for m in pat.finditer(line):
                text += line[pos : m.start()]
                spans.append((len(text), len(text) + len(m.group(1)), m.group(2)))
                text += m.group(1)
                pos = m.end()
            text += line[pos:]
            doc = tok(text)
            ents = []
            for a, b, lab in spans:
                sp = doc.char_span(a, b, label=lab)
                if sp is None:
                    raise ValueError(f"{path.name}: entity not on token boundaries: {line}")
                ents.append((sp.start, sp.end, lab))
            words = [t.text for t in doc]
            out.append(Sent(words, ents, spaces=[bool(t.whitespace_) for t in doc],
                            meta={"corpus": corpus}))
    return out
