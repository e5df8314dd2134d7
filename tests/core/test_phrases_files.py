"""The files' words for the user are phrases: the same English as before, with a template the window
translates (errors reading architecture, project, Keras and search-space files, and what the design,
the presets and the search space say)."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.document import Document
from designer.core.errors import DesignerError, FormatError, describe_failure
from designer.core.fileformat import dumps_architecture, load_architecture, parse_json
from designer.core.keras_import import KerasImportError, load_keras
from designer.core.metrics_files import read_metrics
from designer.core.phrases import Phrase, message_of
from designer.core.presets import load_preset, preset_names
from designer.core.project import load_project
from designer.core.search_space import Knob, SearchSpace, knob_problem, space_problems

CORE = Path(__file__).resolve().parents[2] / "designer" / "core"
#: The files whose words this test covers.

WHERE = "{where}: {problem}"
UNKNOWN_KEY = 'unknown key (did you mean "{match}"?)'
UNKNOWN_TYPE = 'unknown layer type "{kind}" (did you mean "{match}"?)'
NEWER_VERSION = (
    "the file is format version {version}, written by a newer cnn-designer; this one "
    "reads up to version {newest}, so update cnn-designer to open it"
)
NOT_JSON = "is {what_it_is_not}"
INVALID_JSON = "not valid JSON ({reason} at line {line}, column {column})"
KERAS_REFUSED = "{where} cannot be imported: {problems}"
NO_COUNTERPART = "{layer}: a layer type with no counterpart here"
UNSUPPORTED = "{layer}: {reason}"
ACTIVATION = "activation {value}"
OUT_OF_MEMORY = "the run ran out of memory; use a smaller batch size or a smaller network, then try again"
OTHER_FAILURE = "{error_type}: {message}"
NOT_A_SETTING = "{param} is not a training setting a search can change"
BAD_RANGE = "{key}: the range needs a low value below its high value"
UNREADABLE_METRICS = "{path} is not readable JSON ({problem}); train the run again"
ALREADY_NAMED = '"{name}" already names another layer'
WRAP = "Wrap {first} to {last} in a residual block"


def phrase_of(error: BaseException) -> Phrase:
    message = message_of(error)
    assert isinstance(message, Phrase)
    return message


def assert_named_places(text: Phrase) -> None:
    """The template and every phrase inside its values have only named places, and fill in to the text."""
    fields = [field for _, field, _, _ in string.Formatter().parse(text.template) if field is not None]
    assert all(field and not field.isdigit() for field in fields), text.template
    assert {field.split("!")[0].split(":")[0] for field in fields} == set(text.values), text.template
    assert text.template.format(**text.values) == text
    for value in text.values.values():
        if isinstance(value, Phrase):
            assert_named_places(value)


def architecture_document(**changes: object) -> dict[str, object]:
    document: dict[str, object] = {
        "format": "cnn-designer/architecture",
        "version": 2,
        "input": {"channels": 1, "height": 8, "width": 8},
        "layers": [{"type": "Flatten", "name": "flat"}],
    }
    document.update(changes)
    return document


def write(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


# Architecture files.


def test_an_unknown_key_names_the_closest_one_in_a_phrase(tmp_path):
    path = write(tmp_path / "net.json", architecture_document(lyers=[]))
    with pytest.raises(FormatError) as caught:
        load_architecture(path)
    message = phrase_of(caught.value)
    assert message == f'{path}: $.lyers: unknown key (did you mean "layers"?)'
    assert message.template == WHERE
    assert message.values["where"] == f"{path}: $.lyers"
    problem = caught.value.problem
    assert isinstance(problem, Phrase)
    assert problem.template == UNKNOWN_KEY
    assert problem.values == {"match": "layers"}
    assert_named_places(message)


def test_an_unknown_layer_type_is_a_phrase_with_the_type_and_the_closest_one(tmp_path):
    path = write(tmp_path / "net.json", architecture_document(layers=[{"type": "Conv3D", "name": "c"}]))
    with pytest.raises(FormatError) as caught:
        load_architecture(path)
    message = phrase_of(caught.value)
    assert message == f'{path}: $.layers[0].type: unknown layer type "Conv3D" (did you mean "Conv2D"?)'
    assert message.values["problem"].template == UNKNOWN_TYPE
    assert_named_places(message)


def test_text_that_is_not_json_says_why_in_nested_phrases():
    with pytest.raises(FormatError) as caught:
        parse_json(b"{oops", "x.json")
    message = phrase_of(caught.value)
    assert (
        message
        == "x.json: is not valid JSON (Expecting property name enclosed in double quotes at line 1, column 2)"
    )
    assert message.values["problem"].template == NOT_JSON
    assert message.values["problem"].values["what_it_is_not"].template == INVALID_JSON
    assert_named_places(message)


def test_json_without_a_name_is_called_the_text_in_a_phrase():
    with pytest.raises(FormatError) as caught:
        parse_json("[1, 2")
    message = phrase_of(caught.value)
    assert message.values["where"] == "the text"
    assert isinstance(message.values["where"], Phrase)


# Project files.


def test_a_project_of_a_newer_version_is_refused_in_a_phrase(tmp_path):
    path = write(tmp_path / "p.cnnd", {"format": "cnn-designer/project", "version": 9, "architecture": {}})
    with pytest.raises(FormatError) as caught:
        load_project(path)
    message = phrase_of(caught.value)
    assert message == (
        f"{path}: $.version: the file is format version 9, written by a newer cnn-designer; this one "
        "reads up to version 2, so update cnn-designer to open it"
    )
    assert message.values["problem"].template == NEWER_VERSION
    assert message.values["problem"].values == {"version": 9, "newest": 2}
    assert_named_places(message)


def test_a_project_whose_runs_are_not_a_list_is_refused_in_a_phrase(tmp_path):
    architecture = json.loads(
        dumps_architecture(Architecture(InputSpec(1, 8, 8), (Layer.new("Flatten", "f"),)))
    )
    path = write(
        tmp_path / "p.cnnd",
        {"format": "cnn-designer/project", "version": 2, "architecture": architecture, "runs": 3},
    )
    with pytest.raises(FormatError) as caught:
        load_project(path)
    assert message_of(caught.value) == f"{path}: $.runs: must be a list of runs"
    assert_named_places(phrase_of(caught.value))


# Keras files.


def test_a_keras_model_that_cannot_be_imported_lists_its_problems_in_phrases(tmp_path):
    document = {
        "class_name": "Sequential",
        "config": {
            "name": "m",
            "layers": [
                {"class_name": "InputLayer", "config": {"batch_shape": [None, 8, 8, 1]}},
                {"class_name": "LSTM", "config": {"name": "memory"}},
                {"class_name": "Dense", "config": {"name": "out", "units": 2, "activation": "mish"}},
            ],
        },
    }
    path = write(tmp_path / "model.json", document)
    with pytest.raises(KerasImportError) as caught:
        load_keras(path)
    message = phrase_of(caught.value)
    assert message == (
        f"{path} cannot be imported: LSTM layer 'memory': a layer type with no counterpart here; "
        "Dense layer 'out': activation 'mish'"
    )
    assert message.template == KERAS_REFUSED
    assert_named_places(message)
    first, second = message.values["problems"].values.values()
    assert first.template == NO_COUNTERPART
    assert second.template == UNSUPPORTED
    assert second.values["reason"].template == ACTIVATION


def test_a_keras_file_that_is_not_json_is_a_format_error_in_a_phrase(tmp_path):
    path = tmp_path / "model.json"
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(FormatError) as caught:
        load_keras(path)
    assert message_of(caught.value) == f"{path}: is not UTF-8 text, so it is not a JSON file"
    assert_named_places(phrase_of(caught.value))


# Failures, metrics, the design, presets and search spaces.


def test_describe_failure_keeps_the_phrase():
    error = FormatError("net.json", "no such file")
    assert describe_failure(error) is message_of(error)
    memory = describe_failure(MemoryError())
    assert isinstance(memory, Phrase)
    assert memory.template == OUT_OF_MEMORY
    other = describe_failure(ValueError("boom"))
    assert isinstance(other, Phrase)
    assert other == "ValueError: boom"
    assert other.template == OTHER_FAILURE
    assert describe_failure(DesignerError("plain")) == "plain"


def test_damaged_metrics_say_why_in_a_phrase(tmp_path):
    (tmp_path / "metrics.json").write_bytes(b"[{")
    with pytest.raises(DesignerError) as caught:
        read_metrics(tmp_path)
    message = phrase_of(caught.value)
    assert message.template == UNREADABLE_METRICS
    assert message == (
        f"{tmp_path / 'metrics.json'} is not readable JSON (not valid JSON (Expecting property name "
        "enclosed in double quotes at line 1, column 3)); train the run again"
    )
    assert_named_places(message)


def test_the_design_describes_its_edits_and_refusals_in_phrases():
    document = Document(
        Architecture(InputSpec(1, 8, 8), (Layer.new("Flatten", "a"), Layer.new("Flatten", "b")))
    )
    problem = document.rename(0, "b")
    assert isinstance(problem, Phrase)
    assert problem == '"b" already names another layer'
    assert problem.template == ALREADY_NAMED
    document.wrap(0, 1)
    assert document.undo_text == "Wrap a to b in a residual block"
    assert isinstance(document.undo_text, Phrase)
    assert document.undo_text.template == WRAP


def test_the_presets_name_and_describe_themselves_in_phrases():
    for name in preset_names():
        architecture = load_preset(name)
        assert isinstance(architecture.name, Phrase), name
        assert isinstance(architecture.description, Phrase), name
        assert (
            architecture.description
            == json.loads((CORE.parents[1] / "presets" / f"{name}.json").read_text(encoding="utf-8"))[
                "description"
            ]
        )


def test_a_search_space_knob_problem_is_a_phrase():
    architecture = Architecture(InputSpec(1, 8, 8), (Layer.new("Flatten", "flat"),))
    problem = knob_problem(Knob("colour"), architecture)
    assert isinstance(problem, Phrase)
    assert problem == "colour is not a training setting a search can change"
    assert problem.template == NOT_A_SETTING
    problem = knob_problem(Knob("learning_rate", low=0.1, high=0.01), architecture)
    assert isinstance(problem, Phrase)
    assert problem == "learning_rate: the range needs a low value below its high value"
    assert problem.template == BAD_RANGE
    assert all(isinstance(p, Phrase) for p in space_problems(SearchSpace(), architecture))


# Extraction.
