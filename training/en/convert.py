"""Convert UD English EWT (.conllu) + UniversalNER EWT (.iob2) to spaCy DocBin files.

The dependency trees are rewritten from UD v2 into the ClearNLP / spaCy-English scheme that
``en_core_web_sm`` produces and that ``allegiance.extract`` relies on (``nsubjpass``, ``dobj``,
``prep`` heading ``pobj``, ``agent``, copula as head with ``attr``/``acomp``, names headed by
their last token, chained conjuncts, ``neg``, ``prt``, ``relcl``, ``pcomp``...). The rewrite is
rule-based and approximate; see docs/models-en.md.

Outputs (under --out, default training/en/corpus):
  train.spacy, dev.spacy      documents of up to --doc-sents consecutive sentences of one newdoc
  test.spacy                  one sentence per Doc (the evaluation set, never trained on)
  test_docs.spacy             whole newdocs (for speed / sentence-split checks)

    python training/en/convert.py [--data /work/shared/data] [--out training/en/corpus]
"""

from __future__ import annotations

import argparse
import itertools
import sys
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent))

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = Path("/work/shared/data")

SPLITS = {
    "train": ("en_ewt-ud-train.conllu", "en_ewt-ud-train.prelim-cleaned.iob2"),
    "dev": ("en_ewt-ud-dev.conllu", "en_ewt-ud-dev.iob2"),
    "test": ("en_ewt-ud-test.conllu", "en_ewt-ud-test.iob2"),
}

# subordinators that stay ``mark`` even before a gerund (ClearNLP: prep + pcomp otherwise)
CLAUSAL_MARKS = {"that", "if", "whether", "because", "although", "though", "while", "unless",
                 "whereas", "so", "once", "as", "than", "since"}
NEG = {"not", "n't", "never", "nt"}


@dataclass
class Word:
    i: int  # 0-based
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # 0-based, -1 = root
    dep: str
    space: bool = True


@dataclass
class Sent:
    sent_id: str
    newdoc: str | None
    text: str
    words: list[Word] = field(default_factory=list)
    ner: list[str] | None = None


def read_conllu(path: Path) -> list[Sent]:
    sents: list[Sent] = []
    cur: Sent | None = None
    newdoc: str | None = None
    mwt_end = -1
    mwt_space = True
    for line in path.read_text(encoding="utf8").splitlines():
        if line.startswith("# newdoc id"):
            newdoc = line.split("=", 1)[1].strip()
        elif line.startswith("# sent_id"):
            cur = Sent(line.split("=", 1)[1].strip(), newdoc, "")
            newdoc = None
            mwt_end = -1
        elif line.startswith("# text ="):
            assert cur is not None
            cur.text = line.split("=", 1)[1].strip()
        elif not line.strip():
            if cur is not None and cur.words:
                sents.append(cur)
            cur = None
        elif not line.startswith("#"):
            assert cur is not None
            cols = line.split("\t")
            tid = cols[0]
            if "." in tid:
                continue  # empty node (enhanced graph only)
            no_space = "SpaceAfter=No" in cols[9]
            if "-" in tid:
                mwt_end = int(tid.split("-")[1])
                mwt_space = not no_space
                continue
            n = int(tid)
            inside = n <= mwt_end
            space = (mwt_space if n == mwt_end else False) if inside else not no_space
            cur.words.append(Word(n - 1, cols[1], cols[2], cols[3], cols[4], cols[5],
                                  int(cols[6]) - 1, cols[7], space))
    return sents


def read_iob2(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    sid = None
    tags: list[str] = []
    for line in path.read_text(encoding="utf8").splitlines():
        if line.startswith("# sent_id"):
            sid = line.split("=", 1)[1].strip()
            tags = []
        elif not line.strip():
            if sid is not None:
                out[sid] = tags
            sid = None
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            tags.append(cols[2])
    if sid is not None:
        out[sid] = tags
    return out


# ---------------------------------------------------------------- UD -> ClearNLP tree rewrite

def _children(words: list[Word], h: int) -> list[Word]:
    return [w for w in words if w.head == h]


def _base(dep: str) -> str:
    return dep.split(":")[0]


def _flat_to_compound(words: list[Word]) -> None:
    """UD heads names on the first token (flat); spaCy on the last (compound)."""
    for w in list(words):
        flats = [c for c in _children(words, w.i) if _base(c.dep) == "flat"]
        if not flats:
            continue
        last = max(flats, key=lambda c: c.i)
        if last.i < w.i:
            continue
        last.head, last.dep = w.head, w.dep
        for c in _children(words, w.i):
            if c is last:
                continue
            c.head = last.i
            if _base(c.dep) == "flat":
                c.dep = "compound"
        w.head, w.dep = last.i, "compound"


def _copula(words: list[Word]) -> None:
    """Make the copula 'be' the head of its clause; the predicate becomes attr/acomp/prep."""
    for cop in list(words):
        if cop.dep != "cop" or cop.lemma != "be":
            continue
        pred = words[cop.head]
        cop.head, cop.dep = pred.head, pred.dep
        pred.head = cop.i
        has_case = any(c.dep == "case" and c.xpos != "POS" for c in _children(words, pred.i))
        if has_case:
            pred.dep = "obl"  # turned into prep/pobj by _case
        elif pred.upos == "ADJ":
            pred.dep = "acomp"
        elif pred.upos in ("ADV",):
            pred.dep = "advmod"
        elif pred.upos in ("VERB", "AUX"):
            pred.dep = "ccomp"
        else:
            pred.dep = "attr"
        nominal = pred.upos not in ("ADJ", "ADV")
        for c in _children(words, pred.i):
            b = _base(c.dep)
            move = False
            if b in ("nsubj", "csubj", "expl", "aux", "mark", "advcl", "punct", "parataxis",
                     "discourse", "vocative", "dep"):
                move = True
            elif b == "advmod":
                move = c.i < cop.i or c.lemma.lower() in NEG or c.form.lower() in NEG
            elif b == "obl":
                move = nominal or c.i < cop.i
            elif b == "conj":
                move = c.upos in ("VERB", "AUX") or any(
                    _base(g.dep) in ("nsubj", "cop") for g in _children(words, c.i))
            elif b == "cc":
                # the coordinator of a moved clausal conjunct is re-attached in _conj
                move = False
            if move:
                c.head = cop.i


def _existential(words: list[Word]) -> None:
    for v in words:
        if v.lemma != "be":
            continue
        kids = _children(words, v.i)
        if any(c.dep == "expl" for c in kids):
            for c in kids:
                if c.dep == "nsubj" and c.i > v.i:
                    c.dep = "attr"


def _gerund_clauses(words: list[Word]) -> None:
    """'after leaving' / 'by doing': ClearNLP makes the preposition the head (prep -> pcomp)."""
    for v in list(words):
        if _base(v.dep) not in ("advcl", "acl") or v.xpos != "VBG":
            continue
        kids = _children(words, v.i)
        if any(_base(c.dep) in ("nsubj", "csubj") for c in kids):
            continue
        marks = [c for c in kids if c.dep == "mark" and c.xpos == "IN"
                 and c.lemma.lower() not in CLAUSAL_MARKS]
        if not marks:
            continue
        p = marks[0]
        p.head, p.dep = v.head, "prep"
        v.head, v.dep = p.i, "pcomp"


def _case(words: list[Word]) -> None:
    """Prepositions head their nominal: X -obl-> N -case-> P  becomes  X -prep-> P -pobj-> N."""
    for n in list(words):
        cases = sorted((c for c in _children(words, n.i)
                        if c.dep == "case" and c.xpos != "POS" and c.i < n.i),
                       key=lambda c: c.i)
        if not cases:
            continue
        b = _base(n.dep)
        if n.dep == "obl:agent":
            lab = "agent"
        elif b in ("obl", "nmod"):
            lab = "prep"
        elif b in ("advmod", "nummod", "amod", "dobj", "obj", "iobj", "nsubj", "root"):
            lab = "prep" if b != "root" else "root"
        else:
            lab = n.dep  # conj, appos, ... keep the nominal's relation on the preposition
        p = cases[0]
        # fixed expressions ('because of', 'according to'): chain them, the nominal under the last
        fixed = sorted((c for c in _children(words, p.i) if c.dep == "fixed"), key=lambda c: c.i)
        chain = [p, *fixed, *cases[1:]]
        p.head, p.dep = n.head, lab
        for a, b2 in itertools.pairwise(chain):
            b2.head, b2.dep = a.i, "prep" if b2.dep != "fixed" else "pcomp"
        last = chain[-1]
        n.head = last.i
        n.dep = "pcomp" if n.upos in ("VERB", "AUX") else "pobj"


def _conj(words: list[Word]) -> None:
    """UD attaches every conjunct (and its cc) to the first; spaCy chains them."""
    for w in list(words):
        conjs = sorted((c for c in _children(words, w.i) if c.dep == "conj" and c.i > w.i),
                       key=lambda c: c.i)
        prev = w
        for c in conjs:
            c.head = prev.i
            for k in _children(words, c.i):
                if k.i < c.i and (k.dep == "cc" or (k.dep == "punct" and k.i > prev.i)):
                    k.head = prev.i
            prev = c


LABELS = {
    "nsubj:pass": "nsubjpass",
    "csubj:pass": "csubjpass",
    "aux:pass": "auxpass",
    "obj": "dobj",
    "iobj": "dative",
    "nmod:poss": "poss",
    "compound:prt": "prt",
    "acl:relcl": "relcl",
    "det:predet": "predet",
    "cc:preconj": "preconj",
    "nmod:tmod": "npadvmod",
    "nmod:npmod": "npadvmod",
    "nmod:unmarked": "npadvmod",
    "nmod:desc": "compound",  # titles, descriptors: "President Bush", "cleric Sadr"
    "obl:tmod": "npadvmod",
    "obl:npmod": "npadvmod",
    "obl:unmarked": "npadvmod",
    "obl": "npadvmod",  # an obl without preposition ('went home', 'last year')
    "discourse": "intj",
    "vocative": "npadvmod",
    "flat": "compound",
    "fixed": "dep",
    "list": "dep",
    "orphan": "dep",
    "goeswith": "dep",
    "reparandum": "dep",
    "dislocated": "dep",
    "cop": "dep",
    "clf": "dep",
}


def _labels(words: list[Word]) -> None:
    for w in words:
        d = w.dep
        if d == "root" or w.head < 0:
            w.dep = "ROOT"
            continue
        if d == "advmod" and (w.lemma.lower() in NEG or w.form.lower() in NEG):
            w.dep = "neg"
            continue
        if d == "mark" and w.xpos == "TO":
            w.dep = "aux"
            continue
        if d in LABELS:
            w.dep = LABELS[d]
            continue
        b = _base(d)
        if b in LABELS and b not in ("obl",):
            w.dep = LABELS[b]
        elif b == "obl":
            w.dep = "npadvmod"
        else:
            w.dep = b


def _valid(words: list[Word]) -> bool:
    roots = [w for w in words if w.head < 0]
    if len(roots) != 1:
        return False
    for w in words:
        seen = set()
        h = w.i
        while h >= 0:
            if h in seen:
                return False
            seen.add(h)
            h = words[h].head
    return True


def to_clearnlp(words: list[Word]) -> list[Word]:
    import copy

    new = copy.deepcopy(words)
    for step in (_flat_to_compound, _copula, _existential, _gerund_clauses, _case, _conj,
                 _labels):
        step(new)
    if not _valid(new):
        raise ValueError("invalid tree after conversion")
    return new


# ---------------------------------------------------------------- DocBin


def make_doc(vocab, sents: list[Sent], stats: dict) -> Doc:
    words, spaces, tags, pos, morphs, lemmas, heads, deps, ents = ([] for _ in range(9))
    for k, s in enumerate(sents):
        off = len(words)
        try:
            conv = to_clearnlp(s.words)
            stats["converted"] += 1
        except ValueError:
            stats["fallback"] += 1
            conv = s.words
            for w in conv:
                w.dep = "ROOT" if w.head < 0 else _base(w.dep)
        for j, w in enumerate(conv):
            words.append(w.form)
            last = j == len(conv) - 1
            spaces.append(True if (last and k < len(sents) - 1) else w.space and not last)
            tags.append(w.xpos)
            pos.append(w.upos)
            morphs.append("" if w.feats == "_" else w.feats)
            lemmas.append(w.lemma)
            heads.append(off + (w.head if w.head >= 0 else w.i))
            deps.append(w.dep)
        if s.ner is not None and len(s.ner) == len(conv):
            ents.extend(s.ner)
        else:
            if s.ner is not None:
                stats["ner_mismatch"] += 1
            ents.extend([""] * len(conv))  # unknown: missing, not 'O'
    # a trailing space after the last token of the doc is dropped by construction
    return Doc(vocab, words=words, spaces=spaces, tags=tags, pos=pos, morphs=morphs,
               lemmas=lemmas, heads=heads, deps=deps, ents=_fix_iob(ents))


def _fix_iob(tags: list[str]) -> list[str]:
    out = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and (prev in ("O", "") or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def group(sents: list[Sent], max_sents: int) -> list[list[Sent]]:
    groups: list[list[Sent]] = []
    for s in sents:
        if not groups or s.newdoc is not None or len(groups[-1]) >= max_sents:
            groups.append([s])
        else:
            groups[-1].append(s)
    return groups


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=HERE / "corpus")
    ap.add_argument("--doc-sents", type=int, default=10)
    ap.add_argument("--augment-names", type=int, default=1,
                    help="extra name-substituted copies of each training doc with PER (augment.py)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("en")
    for split, (ud, uner) in SPLITS.items():
        sents = read_conllu(args.data / "ud_english_ewt" / ud)
        ner = read_iob2(args.data / "uner_english_ewt" / uner)
        stats = {"converted": 0, "fallback": 0, "ner_mismatch": 0, "ner_missing": 0}
        for s in sents:
            s.ner = ner.get(s.sent_id)
            if s.ner is None:
                stats["ner_missing"] += 1
        if split == "test":
            db = DocBin(store_user_data=False)
            for s in sents:
                db.add(make_doc(nlp.vocab, [s], stats))
            db.to_disk(args.out / "test.spacy")
            db = DocBin(store_user_data=False)
            for g in group(sents, 10**6):
                db.add(make_doc(nlp.vocab, g, stats))
            db.to_disk(args.out / "test_docs.spacy")
        else:
            db = DocBin(store_user_data=False)
            docs = [make_doc(nlp.vocab, g, stats) for g in group(sents, args.doc_sents)]
            for d in docs:
                db.add(d)
            if split == "train" and args.augment_names:
                import random

                from augment import augment_doc, name_lists

                rng = random.Random(args.seed)
                firsts, lasts = name_lists(
                    docs, args.data / "gazetteers_de" / "personennamen.list", rng)
                n_aug = 0
                for _ in range(args.augment_names):
                    for d in docs:
                        a = augment_doc(d, rng, firsts, lasts)
                        if a is not None:
                            db.add(a)
                            n_aug += 1
                stats["augmented_docs"] = n_aug
            db.to_disk(args.out / f"{split}.spacy")
        print(split, len(sents), "sentences", stats, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
