"""Phrases: English text that keeps its template and values for the window to translate."""

from __future__ import annotations

import ast
import copy
import json
import pickle
from pathlib import Path
from string import Formatter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from designer.core.phrases import Phrase, message_of, phrase

DESIGNER = Path(__file__).resolve().parents[2] / "designer"


def test_a_phrase_is_its_english_text_and_remembers_how_it_was_made():
    inner = phrase("layer {number} ({kind})").format(number=3, kind="Conv2D")
    text = phrase("{label}: {rate:.0%} of units dropped").format(label=inner, rate=0.25)
    assert text == "layer 3 (Conv2D): 25% of units dropped"
    assert isinstance(text, str)
    assert text.template == "{label}: {rate:.0%} of units dropped"
    assert text.values == {"label": inner, "rate": 0.25}
    assert text.values["label"].template == "layer {number} ({kind})"
    assert json.dumps({"m": text}) == '{"m": "layer 3 (Conv2D): 25% of units dropped"}'


def test_a_phrase_is_filled_by_name_only():
    with pytest.raises(TypeError, match="by name"):
        phrase("{0} layers").format(3)


@given(st.text(max_size=20), st.integers(), st.floats(allow_nan=False))
def test_a_phrase_survives_pickling_and_copying(word, number, real):
    text = phrase("{word} {number} {real}").format(
        word=phrase("w {x}").format(x=word), number=number, real=real
    )
    for again in (pickle.loads(pickle.dumps(text)), copy.deepcopy(text)):
        assert again == text
        assert isinstance(again, Phrase)
        assert again.template == text.template
        assert again.values == text.values
        assert again.values["word"].template == "w {x}"


def test_message_of_keeps_the_phrase_an_error_was_raised_with():
    text = phrase("no data set named {name}").format(name="x")
    assert message_of(ValueError(text)) is text
    assert message_of(ValueError("plain")) == "plain"
    assert message_of(KeyError("k")) == "'k'"
    assert type(str(ValueError(text))) is str


def _phrase_calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "phrase"
    ]


def test_every_phrase_in_the_code_is_one_literal_template_with_named_places():
    """What lupdate can extract: ``phrase("...")`` with one string literal, every place named."""
    found = 0
    for path in sorted(DESIGNER.rglob("*.py")):
        for call in _phrase_calls(path):
            where = f"{path.relative_to(DESIGNER.parent)}:{call.lineno}"
            assert len(call.args) == 1, where
            assert not call.keywords, where
            template = call.args[0]
            assert isinstance(template, ast.Constant), where
            assert isinstance(template.value, str), where
            names = [field[1] for field in Formatter().parse(template.value) if field[1] is not None]
            assert all(name.isidentifier() for name in names), where
            found += 1
    assert found > 400
