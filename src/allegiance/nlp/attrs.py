"""A faster drop-in for spaCy's ``attribute_ruler`` in ``en_core_web_sm``.

The model's attribute ruler (179 patterns: tag -> part of speech and morphology, a few word
exceptions, lemma fixes) runs a :class:`spacy.matcher.Matcher` over every token, about a tenth of
the English pipeline's time. Its patterns look at one token, or at two (an expletive "there"
before a form of "be", "gon na", "let 's"), and what a token contributes to a match is a function
of (tag, lower-cased text, dependency label, is-space): :class:`FastAttributeRuler` computes that
once per distinct key and applies the same attributes in the same order (later patterns win, as
in spaCy), so the output is the same token for token (``tests/test_nlp.py`` checks this).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token

_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
Key = tuple[str, str, str, bool]


def _value(tok_key: Key, attr: str) -> Any:
    tag, lower, dep, space = tok_key
    return {"TAG": tag, "LOWER": lower, "DEP": dep, "IS_SPACE": space}[attr]


def _predicate(attr: str, spec: Any) -> Callable[[Key], bool]:
    if isinstance(spec, dict):
        if set(spec) == {"IN"}:
            allowed = set(spec["IN"])
            return lambda k: _value(k, attr) in allowed
        if set(spec) == {"NOT_IN"}:
            banned = set(spec["NOT_IN"])
            return lambda k: _value(k, attr) not in banned
        if set(spec) == {"REGEX"}:
            rx = re.compile(spec["REGEX"])
            return lambda k: bool(rx.search(str(_value(k, attr))))
        raise ValueError(f"unsupported pattern operator {spec}")
    return lambda k: _value(k, attr) == spec


class FastAttributeRuler:
    """Applies an :class:`AttributeRuler`'s patterns (one or two tokens long) through lookup
    tables instead of a matcher."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        # (order, predicates, attributes) of one-token patterns that set their own token
        self.rules: list[tuple[int, list[Callable[[Key], bool]], dict[str, Any]]] = []
        # (order, predicates per token, index of the token set, attributes) of longer ones
        self.multi: list[tuple[int, list[list[Callable[[Key], bool]]], int, dict[str, Any]]] = []
        for order, p in enumerate(ruler.patterns):
            index = p.get("index", 0)
            for pattern in p["patterns"]:
                if any(set(t) - set(_KEYS) for t in pattern):
                    raise ValueError(f"unsupported pattern {pattern}")
                preds = [[_predicate(a, s) for a, s in tok.items()] for tok in pattern]
                if len(pattern) > 2 or not -len(pattern) <= index < len(pattern):
                    raise ValueError(f"unsupported pattern {pattern} (index {index})")
                if len(pattern) == 1:
                    self.rules.append((order, preds[0], p["attrs"]))
                else:
                    self.multi.append((order, preds, index % len(pattern), p["attrs"]))
        # key -> (ordered attributes of its one-token patterns, the two-token patterns it starts)
        self._table: dict[Key, tuple[list[tuple[int, dict[str, Any]]], list[int]]] = {}
        # key of a second token -> the two-token patterns it can end
        self._ends: dict[Key, frozenset[int]] = {}
        # the words any pattern looks at; every other word is the same to the patterns
        self._words: set[str] = set()
        self._word_regexes: list[re.Pattern[str]] = []
        for p in ruler.patterns:
            for pattern in p["patterns"]:
                for tok in pattern:
                    spec = tok.get("LOWER")
                    if isinstance(spec, str):
                        self._words.add(spec)
                    elif isinstance(spec, dict) and "REGEX" in spec:
                        self._word_regexes.append(re.compile(spec["REGEX"]))
                    elif isinstance(spec, dict):
                        self._words.update(spec.get("IN", ()))
                        if "NOT_IN" in spec:
                            raise ValueError(f"unsupported pattern {pattern}")
        self._word_of: dict[str, str] = {}

    def _word(self, lower: str) -> str:
        w = self._word_of.get(lower)
        if w is None:
            seen = lower in self._words or any(rx.search(lower) for rx in self._word_regexes)
            w = lower if seen else "\0"  # a word no pattern names
            self._word_of[lower] = w
        return w

    def _lookup(self, key: Key) -> tuple[list[tuple[int, dict[str, Any]]], list[int]]:
        found = self._table.get(key)
        if found is None:
            attrs = [(o, a) for o, preds, a in self.rules if all(pr(key) for pr in preds)]
            starts = [
                i for i, (_, preds, _, _) in enumerate(self.multi) if all(p(key) for p in preds[0])
            ]
            found = (attrs, starts)
            self._table[key] = found
        return found

    def _ending(self, key: Key) -> frozenset[int]:
        found = self._ends.get(key)
        if found is None:
            found = frozenset(
                i for i, (_, preds, _, _) in enumerate(self.multi) if all(p(key) for p in preds[1])
            )
            self._ends[key] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        keys = [(t.tag_, self._word(t.lower_), t.dep_, t.is_space) for t in doc]
        found = [self._lookup(k) for k in keys]
        extra: dict[int, list[tuple[int, dict[str, Any]]]] = {}
        for i, (_, starts) in enumerate(found):
            if starts and i + 1 < len(keys):
                ends = self._ending(keys[i + 1])
                for m in starts:
                    if m in ends:
                        order, _, index, attrs = self.multi[m]
                        extra.setdefault(i + index, []).append((order, attrs))
        for i, (tok, (attrs_list, _)) in enumerate(zip(doc, found, strict=True)):
            if i in extra:  # spaCy applies matches by pattern order, whatever their length
                attrs_list = sorted(attrs_list + extra[i], key=lambda oa: oa[0])
            for _, attrs in attrs_list:
                _set(tok, attrs)
        return doc


def _set(tok: Token, attrs: dict[str, Any]) -> None:
    for name, value in attrs.items():
        if name == "POS":
            tok.pos_ = value
        elif name == "MORPH":
            tok.set_morph(value)
        elif name == "LEMMA":
            tok.lemma_ = value
        elif name == "TAG":
            tok.tag_ = value
        elif name == "DEP":
            tok.dep_ = value
        else:  # pragma: no cover - the patterns checked in __init__ set only these
            raise ValueError(f"unsupported attribute {name}")


def use_fast_attribute_ruler(nlp: Language) -> Language:
    """Swap ``nlp``'s ``attribute_ruler`` for a :class:`FastAttributeRuler` built from it (the
    component keeps its name; nothing else changes). Pipelines without one are returned as
    they are."""
    if "attribute_ruler" not in nlp.pipe_names:
        return nlp
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return nlp
    fast = FastAttributeRuler(ruler)
    nlp.remove_pipe("attribute_ruler")
    after = nlp.pipe_names.index("parser") if "parser" in nlp.pipe_names else None
    nlp.add_pipe(
        "allegiance_fast_attribute_ruler",
        name="attribute_ruler",
        after=nlp.pipe_names[after] if after is not None else None,
    )
    nlp.get_pipe("attribute_ruler").fast = fast  # type: ignore[attr-defined]
    return nlp


class _FastRulerComponent:
    """Pipeline wrapper: set up empty, filled by :func:`use_fast_attribute_ruler`."""

    def __init__(self) -> None:
        self.fast: FastAttributeRuler | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self.fast is None:
            raise RuntimeError("use_fast_attribute_ruler() did not set this component up")
        return self.fast(doc)


@Language.factory("allegiance_fast_attribute_ruler")
def _make_fast_ruler(nlp: Language, name: str) -> _FastRulerComponent:
    return _FastRulerComponent()
