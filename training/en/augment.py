"""Name-substitution augmentation for the English training corpus.

EWT is web text (blogs, e-mail, reviews, answers): titled full names as subjects and objects of
verbs ("Senator Ruth Vance accused Governor Alan Price ...") are rare there and common in news.
For every training document with PER entities this writes one extra copy in which each PER span
is replaced by a sampled name, "First Last", "Title First Last", "Last" or "Title Last"
(title outside the entity, as in UNER). Tags/morph/lemmas of the new tokens are NNP / PROPN /
Number=Sing / the form; the last name token takes the old span's head and relation, the other
tokens attach to it as ``compound`` (the ClearNLP scheme). Dependents of the old span move to
the new head. First names come from multi-token PER spans of EWT train, surnames from those and
from the GermaNER surname list (Apache-2.0) in /work/shared/data/gazetteers_de.
"""

from __future__ import annotations

import random
from pathlib import Path

from spacy.tokens import Doc

TITLES = ["Senator", "Sen.", "Governor", "Gov.", "President", "Mayor", "Rep.", "Representative",
          "Minister", "Secretary", "Chancellor", "Judge", "Dr.", "Mr.", "Mrs.", "Ms.",
          "Professor", "General", "Chairman", "Chairwoman", "Commissioner", "Councilwoman",
          "Councilman", "Speaker", "Sheriff", "Prime Minister", "Attorney General", "Justice",
          "Lt. Gov.", "Director", "Ambassador", "Pastor", "Coach", "CEO"]


def name_lists(docs: list[Doc], surname_file: Path | None, rng: random.Random
               ) -> tuple[list[str], list[str]]:
    firsts, lasts = set(), set()
    for d in docs:
        for e in d.ents:
            if e.label_ == "PER" and len(e) >= 2 and all(t.is_alpha and t.is_title for t in e):
                firsts.add(e[0].text)
                lasts.add(e[-1].text)
    extra: list[str] = []
    if surname_file is not None and surname_file.exists():
        for line in surname_file.read_text(encoding="utf8").splitlines():
            w = line.strip()
            if w.isalpha() and w[:1].isupper() and w[1:].islower() and 3 <= len(w) <= 12:
                extra.append(w)
        rng.shuffle(extra)
    return sorted(firsts), sorted(lasts) + extra[:3000]


def _sample(rng: random.Random, firsts: list[str], lasts: list[str]) -> tuple[list[str], list[str]]:
    """(title tokens, name tokens)"""
    r = rng.random()
    title = rng.choice(TITLES).split() if r < 0.45 else []
    if r < 0.3 or 0.45 <= r < 0.85:
        name = [rng.choice(firsts), rng.choice(lasts)]
        if rng.random() < 0.08:
            name.insert(1, rng.choice("ABCDEFGHJKLMNPRSTW") + ".")
    else:
        name = [rng.choice(lasts)]
    return title, name


def augment_doc(doc: Doc, rng: random.Random, firsts: list[str], lasts: list[str]) -> Doc | None:
    spans = [e for e in doc.ents if e.label_ == "PER"]
    if not spans:
        return None
    repl: dict[int, tuple[int, list[str], list[str]]] = {}  # start -> (end, title, name)
    for e in spans:
        roots = [t for t in e if not (e.start <= t.head.i < e.end) or t.head.i == t.i]
        if len(roots) != 1:
            continue
        repl[e.start] = (e.end, *_sample(rng, firsts, lasts))
    if not repl:
        return None
    words, spaces, tags, pos, morphs, lemmas, ents = [], [], [], [], [], [], []
    old2new: dict[int, int] = {}
    new_heads: list[tuple[str, int]] = []  # ("old", old head index) or ("new", new index)
    deps: list[str] = []
    i = 0
    while i < len(doc):
        if i in repl:
            end, title, name = repl[i]
            span = doc[i:end]
            root = next(
                t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i
            )
            head_new = len(words) + len(title) + len(name) - 1
            for k, w in enumerate(title + name):
                words.append(w)
                last = k == len(title) + len(name) - 1
                spaces.append(bool(span[-1].whitespace_) if last else True)
                tags.append("NNP")
                pos.append("PROPN")
                morphs.append("Number=Sing")
                lemmas.append(w)
                if k < len(title):
                    ents.append("O")
                else:
                    ents.append("B-PER" if k == len(title) else "I-PER")
                if len(words) - 1 == head_new:
                    if root.head.i == root.i:
                        new_heads.append(("new", head_new))
                    else:
                        new_heads.append(("old", root.head.i))
                    deps.append(root.dep_)
                else:
                    new_heads.append(("new", head_new))
                    deps.append("compound")
            for t in span:
                old2new[t.i] = head_new
            i = end
            continue
        t = doc[i]
        old2new[i] = len(words)
        words.append(t.text)
        spaces.append(bool(t.whitespace_))
        tags.append(t.tag_)
        pos.append(t.pos_)
        morphs.append(str(t.morph))
        lemmas.append(t.lemma_)
        ents.append(t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") if t.ent_iob_ else "")
        new_heads.append(("old", t.head.i))
        deps.append(t.dep_)
        i += 1
    heads = [h if kind == "new" else old2new[h] for kind, h in new_heads]
    ents = [e if e not in ("O-", "") else ("O" if e == "O-" else "") for e in ents]
    return Doc(doc.vocab, words=words, spaces=spaces, tags=tags, pos=pos, morphs=morphs,
               lemmas=lemmas, heads=heads, deps=deps, ents=ents)
