"""Serialise analysed Docs as JSON records or CoNLL-U (used by ``allegiance parse``)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from allegiance.nlp.labels import entity_kind


def doc_to_dict(doc: Doc) -> dict[str, Any]:
    """A JSON-ready dict: sentences (char offsets), tokens and entities with exact offsets."""
    tokens = [
        {
            "i": t.i,
            "text": t.text,
            "start": t.idx,
            "end": t.idx + len(t.text),
            "lemma": t.lemma_,
            "pos": t.pos_,
            "tag": t.tag_,
            "morph": str(t.morph),
            "head": t.head.i,
            "dep": t.dep_,
            "ws": t.whitespace_,
        }
        for t in doc
    ]
    ents = [
        {
            "text": e.text,
            "start": e.start_char,
            "end": e.end_char,
            "label": e.label_,
            "kind": entity_kind(e.label_),
        }
        for e in doc.ents
    ]
    sents = (
        [{"start": s.start_char, "end": s.end_char} for s in doc.sents]
        if doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
        else []
    )
    return {"text": doc.text, "sentences": sents, "tokens": tokens, "entities": ents}


def doc_to_conllu(doc: Doc, doc_id: str = "doc") -> str:
    """CoNLL-U text: one block per sentence; entities in MISC as ``NER=B-PER``; space info kept."""
    lines: list[str] = [f"# newdoc id = {doc_id}"]
    ent_tag: dict[int, str] = {}
    for e in doc.ents:
        for t in e:
            ent_tag[t.i] = ("B-" if t.i == e.start else "I-") + e.label_
    sents = list(doc.sents) if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") else [
        doc[:]
    ]
    for si, sent in enumerate(sents, 1):
        toks = [t for t in sent if not t.is_space]
        if not toks:
            continue
        lines.append(f"# sent_id = {doc_id}-{si}")
        lines.append("# text = " + sent.text.strip().replace("\n", " "))
        lines.append(f"# start_char = {sent.start_char}")
        index = {t.i: k for k, t in enumerate(toks, 1)}
        for k, t in enumerate(toks, 1):
            if t.head.i == t.i or t.head.i not in index or not t.dep_:
                head, dep = (0, "root") if doc.has_annotation("DEP") else ("_", "_")
            else:
                head, dep = index[t.head.i], t.dep_
            misc = [f"Start={t.idx}"]
            if not t.whitespace_:
                misc.append("SpaceAfter=No")
            if t.i in ent_tag:
                misc.append(f"NER={ent_tag[t.i]}")
            cols = [
                str(k), t.text, t.lemma_ or "_", t.pos_ or "_", t.tag_ or "_",
                str(t.morph) or "_", str(head), dep.lower() if dep == "ROOT" else dep, "_",
                "|".join(misc),
            ]
            lines.append("\t".join(cols))
        lines.append("")
    return "\n".join(lines) + "\n"
