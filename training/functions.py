"""Registers the project's spaCy factories for ``spacy train --code training/functions.py``."""

import allegiance.nlp  # noqa: F401  (registers allegiance_hanta, allegiance_gazfeat, tokenizer)
