"""The docstring examples of allegiance.network run and give what they show."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "allegiance.network.table",
    "allegiance.network.windows",
    "allegiance.network.build",
    "allegiance.network.camps",
    "allegiance.network.shifts",
    "allegiance.network.export",
    "allegiance.network.draw",
    "allegiance.network.interchange",
    "allegiance.network.synth",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
