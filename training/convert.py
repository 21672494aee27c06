"""Convert the corpora into spaCy DocBins under training/corpus/ (see corpora.py for splits).

Outputs:
  ner_train.spacy / ner_dev.spacy   NER training data and a 5% dev slice of it (model selection)
  ner_test_<corpus>.spacy            held-out NER slices (GermEval, Europarl, Legal)
  ud_train.spacy / ud_dev.spacy      UD GSD syntax + morphology (dev: 5% of the training slice)
  ud_test.spacy                      held-out UD sentences
Project-written sentences in training/data/*.txt are added to ner_train, and with
ALLEGIANCE_SILVER_WEIGHT set the machine-labelled ones in training/data/silver/ too.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy
from corpora import (
    Sent,
    ner_splits,
    read_project_sentences,
    read_project_test,
    read_silver_sentences,
    ud_splits,
)
from spacy.tokens import Doc, DocBin, Span

import allegiance.nlp  # noqa: F401  (registers allegiance_sentfix)
from allegiance.nlp.tokenizer_de import customize_german_tokenizer

OUT = Path(__file__).resolve().parent / "corpus"
_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "“", "”", "»", "'", "%", "..."}
_NO_SPACE_AFTER = {"(", "[", "„", "«"}


def guess_spaces(words: list[str]) -> list[bool]:
    """Plausible ``SpaceAfter`` flags for a tokenised sentence without whitespace information."""
    spaces = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        sp = nxt is not None and nxt not in _NO_SPACE_BEFORE and w not in _NO_SPACE_AFTER
        if nxt == "-" or w == "-":
            # compound pieces produced by split_compound: Google-Manager
            sp = not (
                (w == "-" and i > 0 and words[i - 1] not in ("-",))
                and nxt is not None
                and nxt[:1].isupper()
            ) and not (nxt == "-" and i + 2 < len(words) and words[i + 2][:1].isupper())
        spaces.append(sp)
    return spaces


def _trim(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """Strip punctuation tokens from both ends of an entity (``„Monster“`` -> ``Monster``)."""
    while a < b and (doc[a].is_punct or doc[a].is_space):
        a += 1
    while b > a and (doc[b - 1].is_punct or doc[b - 1].is_space):
        b -= 1
    return a, b


def ner_doc(nlp, s: Sent) -> Doc | None:
    """A Doc with entity annotation (all non-entity tokens marked O), or None to skip it.

    Sentences with anonymised names (``W...``, ``D …``) or with entities that the run-time
    tokenizer cannot reproduce (``(dpa)-Spannung``) or that the sentencizer cuts (``Th. Gans``)
    are skipped.
    """
    doc = Doc(nlp.vocab, words=s.words, spaces=s.spaces or guess_spaces(s.words))
    spans = []
    for a, b, lab in s.ents or []:
        text = doc[a:b].text
        if "…" in text or "..." in text:
            return None
        a, b = _trim(doc, a, b)
        if a < b:
            spans.append(Span(doc, a, b, label=lab))
    doc.ents = spans
    check = nlp(doc.text)  # tokenizer + sentencizer, as during training
    for e in spans:
        sp = check.char_span(e.start_char, e.end_char)
        if sp is None or any(t.is_sent_start for t in sp[1:]):
            return None  # the NER cannot learn an entity across a sentence boundary (E024)
    return doc


def _test_doc(nlp, s: Sent) -> Doc:
    doc = Doc(nlp.vocab, words=s.words, spaces=s.spaces or guess_spaces(s.words))
    spans = []
    for a, b, lab in s.ents or []:
        a, b = _trim(doc, a, b)
        if a < b:
            spans.append(Span(doc, a, b, label=lab))
    doc.ents = spans
    return doc


def _ner_docs(nlp, sents: list[Sent]) -> list[Doc]:
    return [d for d in (ner_doc(nlp, s) for s in sents) if d is not None]


def ud_doc(nlp, s: Sent) -> Doc:
    """A Doc with heads, dependency labels, STTS tags, lemmas and morphology (no POS)."""
    return Doc(
        nlp.vocab,
        words=s.words,
        spaces=s.spaces,
        heads=s.heads,
        deps=s.deps,
        tags=s.tags,
        morphs=[m or "" for m in s.morphs or []],
        lemmas=s.lemmas,
        sent_starts=[True] + [False] * (len(s.words) - 1),
    )


def _save(name: str, docs: list[Doc]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(OUT / f"{name}.spacy")
    print(f"{name}: {len(docs)} docs")


def main() -> None:
    """Write all DocBins (``--only ner`` / ``--only ud`` for one half)."""
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    nlp = customize_german_tokenizer(spacy.blank("de"))
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("allegiance_sentfix")
    if only != "ud":
        write_ner(nlp)
    if only != "ner":
        write_ud(nlp)


GAZ = Path(__file__).resolve().parents[2] / "shared" / "data" / "gazetteers_de"


def _gazetteer_names() -> dict[str, list[list[str]]]:
    """Candidate replacement names per type from ../shared/data/gazetteers_de (words split)."""
    from allegiance.nlp.tokenizer_de import split_compound

    def read(name: str) -> list[str]:
        with open(GAZ / name, encoding="utf-8") as fh:
            return [ln.strip() for ln in fh if ln.strip() and "," not in ln and "(" not in ln]

    def words(name: str) -> list[str]:
        return [p for w in name.split() for p in split_compound(w)]

    surnames = [n for n in read("personennamen.list") if n[:1].isupper() and " " not in n]
    return {
        "PER": [[n] for n in surnames],  # combined with a first name from training at use
        "LOC": [words(n) for n in read("stadtnamen.list") + read("laendernamen.list")],
        "ORG": [words(n) for n in read("firmennamen.list") if n[:1].isupper()],
    }


def mention_replacement(trn: list[Sent], prob: float, rng: random.Random) -> list[Sent]:
    """Mention replacement (Dai & Adel 2020): one extra copy of each training sentence with
    entities (project sentences excepted) in which each PER / ORG / LOC mention is, with
    probability ``prob``, swapped for another name of the same type: 70 % a mention from another
    training sentence (names the gazetteer flags may or may not know, so the flags stay an
    uncertain cue), 30 % a name from the gazetteer lists (PER: first name of a training
    mention + list surname). Names inside hyphen compounds (``SPD-Politiker``) are kept.
    Only training sentences feed the pool; dev and held-out slices are never read."""
    pool: dict[str, list[list[str]]] = {t: [] for t in ("PER", "ORG", "LOC")}
    first: list[str] = []
    for s in trn:
        if s.meta.get("corpus") == "project":
            continue
        for a, b, lab in s.ents or []:
            w = s.words[a:b]
            if lab in pool and any(c.isalpha() for c in "".join(w)):
                pool[lab].append(w)
                if lab == "PER" and len(w) >= 2 and w[0][:1].isupper():
                    first.append(w[0])
    gaz = _gazetteer_names()
    out: list[Sent] = []
    for s in trn:
        if not s.ents or s.meta.get("corpus") == "project":
            continue
        words, spaces, ents = list(s.words), s.spaces, []
        new_words: list[str] = []
        new_spaces: list[bool] | None = [] if spaces else None
        pos, changed = 0, False
        for a, b, lab in sorted(s.ents):
            if a < pos:
                continue
            new_words += words[pos:a]
            if new_spaces is not None:
                new_spaces += spaces[pos:a]
            compound = (a > 0 and words[a - 1] == "-") or (b < len(words) and words[b] == "-")
            rep = words[a:b]
            if lab in pool and not compound and rng.random() < prob:
                if rng.random() < 0.3:
                    g = rng.choice(gaz[lab])
                    rep = [rng.choice(first), *g] if lab == "PER" and rng.random() < 0.6 else g
                else:
                    rep = rng.choice(pool[lab])
                changed = changed or rep != words[a:b]
            start = len(new_words)
            new_words += rep
            if new_spaces is not None:
                new_spaces += [True] * (len(rep) - 1) + [spaces[b - 1]]
            ents.append((start, len(new_words), lab))
            pos = b
        new_words += words[pos:]
        if new_spaces is not None:
            new_spaces += spaces[pos:]
        if changed:
            out.append(Sent(new_words, ents, spaces=new_spaces, meta=dict(s.meta, aug="mr")))
    return out


def _copies(part: list[Sent], weight: float, rng: random.Random) -> list[Sent]:
    """``weight`` copies of ``part``: whole copies, and for a fraction a random sample of that
    share (0.5 = half the sentences)."""
    out = part * int(weight)
    if weight != int(weight):
        out += rng.sample(part, round(len(part) * (weight - int(weight))))
    return out


def write_ner(nlp) -> None:
    """NER train / dev / held-out DocBins."""
    rng = random.Random(13)
    train, test = ner_splits()
    ge_weight = float(os.environ.get("ALLEGIANCE_GE_WEIGHT", "1"))
    sents: list[Sent] = []
    sents += train["germeval"] + train["europarl"]
    legal_with = [s for s in train["legal"] if s.ents]
    legal_without = [s for s in train["legal"] if not s.ents]
    sents += legal_with + rng.sample(legal_without, len(legal_without) // 8)
    project = read_project_sentences()
    sents += project * 2
    rng.shuffle(sents)
    dev = [s for i, s in enumerate(sents) if i % 20 == 0 and s.meta.get("corpus") != "project"]
    trn = [s for i, s in enumerate(sents) if i % 20 != 0 or s.meta.get("corpus") == "project"]
    # upweight GermEval (closest to news) after the dev split, so dev never sees a copy
    # (a fractional weight adds a random sample of that share: 1.5 = every sentence plus half)
    # (ALLEGIANCE_EP_WEIGHT does the same for Europarl)
    ep_weight = float(os.environ.get("ALLEGIANCE_EP_WEIGHT", "1"))
    for corpus, weight in (("germeval", ge_weight), ("europarl", ep_weight)):
        part = [s for s in trn if s.meta.get("corpus") == corpus]
        trn += _copies(part, weight - 1, rng)
    # machine-labelled sentences (training/label_silver.py) join the training part only
    silver_weight = float(os.environ.get("ALLEGIANCE_SILVER_WEIGHT", "0"))
    if silver_weight:
        silver = read_silver_sentences()
        trn += _copies(silver, silver_weight, rng)
        print(f"silver: {len(silver)} sentences, weight {silver_weight}")
    aug = float(os.environ.get("ALLEGIANCE_AUG", "0"))
    if aug:
        extra = mention_replacement(trn, aug, random.Random(29))
        print(f"mention replacement: {len(extra)} extra sentences")
        trn += extra
    _save(os.environ.get("ALLEGIANCE_NER_TRAIN_NAME", "ner_train"), _ner_docs(nlp, trn))
    _save("ner_dev", _ner_docs(nlp, dev))
    for corpus in ("germeval", "europarl", "legal"):  # per-corpus views of the same dev slice
        _save(f"ner_dev_{corpus}", _ner_docs(nlp, [s for s in dev if s.meta["corpus"] == corpus]))
    for name, part in test.items():
        # held-out slices keep every sentence (scored as annotated, punctuation trimmed)
        _save(f"ner_test_{name}", [_test_doc(nlp, s) for s in part])
    news = read_project_test()  # the project's news test set, outside ../shared/data
    if news:
        _save("ner_test_news", [_test_doc(nlp, s) for s in news])


def write_ud(nlp) -> None:
    """UD train / dev / held-out DocBins."""
    ud_train, ud_test = ud_splits()
    ud_dev = [s for i, s in enumerate(ud_train) if i % 20 == 0]
    ud_trn = [s for i, s in enumerate(ud_train) if i % 20 != 0]
    _save("ud_train", [ud_doc(nlp, s) for s in ud_trn])
    _save("ud_dev", [ud_doc(nlp, s) for s in ud_dev])
    _save("ud_test", [ud_doc(nlp, s) for s in ud_test])


if __name__ == "__main__":
    main()
