"""The architecture file: exact round trips, and a clear refusal of every kind of bad file."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.errors import FormatError
from designer.core.fileformat import (
    architecture_to_json,
    dumps_architecture,
    load_architecture,
    parse_architecture,
    save_architecture,
)
from designer.core.presets import load_preset
from tests.strategies import architectures


def lenet_document() -> dict:
    return architecture_to_json(load_preset("lenet5"))


def test_save_then_load_gives_the_same_bytes(tmp_path):
    path = tmp_path / "lenet.json"
    save_architecture(load_preset("lenet5"), path)
    first = path.read_bytes()
    save_architecture(load_architecture(path), path)
    assert path.read_bytes() == first


@given(architectures())
def test_any_architecture_round_trips(architecture: Architecture):
    text = dumps_architecture(architecture)
    loaded = parse_architecture(text)
    assert loaded == architecture
    assert dumps_architecture(loaded) == text


def test_hand_written_file_in_another_key_order_loads(tmp_path):
    text = """{"layers": [{"name": "f", "type": "Flatten"}], "version": 1,
               "input": {"width": 4, "height": 3, "channels": 2}, "format": "cnn-designer/architecture"}"""
    architecture = parse_architecture(text)
    assert architecture == Architecture(InputSpec(2, 3, 4), (Layer("Flatten", "f"),))


def test_pairs_and_null_stride_survive():
    architecture = Architecture(
        InputSpec(1, 9, 9),
        (Layer.new("Conv2D", "c", kernel_size=(3, 1), padding=(1, 0)), Layer.new("MaxPool2D", "p")),
    )
    text = dumps_architecture(architecture)
    assert '"kernel_size": [3, 1]' in text
    assert '"stride": null' in text
    assert parse_architecture(text) == architecture


def mutate(change) -> str:
    document = lenet_document()
    change(document)
    return json.dumps(document)


def _set(path: list, value):
    def change(document):
        target = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _delete(path: list):
    def change(document):
        target = document
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "{not json",
            "the text: is not valid JSON (Expecting property name enclosed in double quotes at line 1",
        ),
        ("[]", 'the document: is not a cnn-designer architecture (no "format"'),
        ('{"format": "keras"}', '$.format: must be "cnn-designer/architecture"'),
        (
            mutate(_set(["version"], 7)),
            "$.version: the file is format version 7, written by a newer cnn-designer",
        ),
        (mutate(_set(["version"], "1")), "$.version: must be a whole number from 1"),
        (mutate(_set(["colour"], "red")), "$.colour: unknown key"),
        (mutate(_delete(["input"])), '$: missing the key "input"'),
        (
            mutate(_set(["layers", 0, "type"], "Conv3D")),
            '$.layers[0].type: unknown layer type "Conv3D" (did you mean',
        ),
        (
            mutate(_set(["layers", 0, "filtres"], 6)),
            '$.layers[0].filtres: unknown key (did you mean "filters"?)',
        ),
        (mutate(_delete(["layers", 0, "kernel_size"])), '$.layers[0]: missing the key "kernel_size"'),
        (mutate(_delete(["layers", 0, "name"])), '$.layers[0]: missing the key "name"'),
        (
            mutate(_set(["layers", 0, "filters"], "six")),
            "$.layers[0].filters: must be a whole number from 1 to",
        ),
        (mutate(_set(["layers", 0, "filters"], 6.0)), "$.layers[0].filters: must be a whole number"),
        (mutate(_set(["layers", 0, "filters"], True)), "$.layers[0].filters: must be a whole number"),
        (mutate(_set(["layers", 0, "filters"], 0)), "$.layers[0].filters: must be a whole number from 1"),
        (
            mutate(_set(["layers", 0, "kernel_size"], [5, 5, 5])),
            "$.layers[0].kernel_size: must be a whole number",
        ),
        (mutate(_set(["layers", 0, "padding"], "full")), '$.layers[0].padding: must be "valid", "same"'),
        (
            mutate(_set(["layers", 0, "activation"], "swish")),
            "$.layers[0].activation: must be one of linear, relu",
        ),
        (mutate(_set(["layers", 1, "padding"], 1)), '$.layers[1].padding: must be "valid" or "same", got 1'),
        (mutate(_set(["layers", 0, "use_bias"], "yes")), "$.layers[0].use_bias: must be true or false"),
        (mutate(_set(["layers", 1, "name"], "c1")), '$.layers[1].name: "c1" already names layers[0]'),
        (
            mutate(_set(["layers", 1, "name"], "2nd pool")),
            "$.layers[1].name: a layer name is 1 to 64 letters",
        ),
        (mutate(_set(["layers", 1, "name"], "class")), "$.layers[1].name: 'class' is a Python keyword"),
        (mutate(_set(["layers", 0], [])), "$.layers[0]: must be a JSON object describing a layer, got list"),
        (mutate(_set(["layers"], {})), "$.layers: must be a list of layers"),
        (mutate(_set(["input", "channels"], 0)), "$.input.channels: must be a whole number from 1 to 1024"),
        (mutate(_set(["input", "height"], 10**9)), "$.input.height: must be a whole number from 1 to 8192"),
        (mutate(_set(["training", "optimizer"], "lbfgs")), "$.training.optimizer: must be one of sgd, adam"),
        (mutate(_set(["training", "learning_rate"], -1)), "$.training.learning_rate: must be a number in"),
        (mutate(_set(["description"], "x" * 20_000)), "$.description: must be a text of at most 10000"),
        (
            mutate(_set(["layers", 0, "filters"], 10**40)),
            "$.layers[0].filters: must be a whole number from 1",
        ),
        ('{"format": "cnn-designer/architecture", "format": "x"}', 'the key "format" appears twice'),
        ('{"format": NaN}', "NaN is not a number JSON allows"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"version": 1' + "0" * 5000 + "}", "is not valid JSON"),
    ],
)
def test_bad_documents_are_refused_with_the_path_and_the_problem(text, message):
    with pytest.raises(FormatError) as caught:
        parse_architecture(text)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_absurd_parameter_count_is_refused():
    layers = [Layer.new("Flatten", "f"), Layer.new("Dense", "d1", units=1_000_000)]
    layers.append(Layer.new("Dense", "d2", units=1_000_000))
    text = dumps_architecture(Architecture(InputSpec(1, 8, 8), tuple(layers)))
    with pytest.raises(
        FormatError, match=r"\$.layers: the network has 1,000,066,000,000 parameters, more than"
    ):
        parse_architecture(text)


def test_more_than_100000_layers_is_refused():
    document = lenet_document()
    document["layers"] = [document["layers"][5]] * 100_001
    with pytest.raises(FormatError, match=r"has 100,001 layers, more than the limit of 100,000"):
        parse_architecture(json.dumps(document))


def test_invalid_design_loads_so_it_can_be_fixed():
    document = lenet_document()
    document["input"]["height"] = 8
    architecture = parse_architecture(json.dumps(document))
    assert architecture.input.height == 8


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00bad", "is not UTF-8 text"),
        (b"", "is not valid JSON (Expecting value at line 1, column 1)"),
    ],
)
def test_bad_files_name_the_file(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(FormatError, match=re.escape(message)) as caught:
        load_architecture(path)
    assert str(caught.value).startswith(str(path))


def test_missing_file_folder_and_huge_file(tmp_path):
    with pytest.raises(FormatError, match="missing.json: no such file"):
        load_architecture(tmp_path / "missing.json")
    with pytest.raises(FormatError, match="is a folder, not a file"):
        load_architecture(tmp_path)
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (16 * 1024 * 1024 + 1))
    with pytest.raises(FormatError, match="is larger than the 16 MB limit"):
        load_architecture(huge)


def test_utf8_bom_and_unicode_names_are_fine(tmp_path):
    document = lenet_document()
    document["name"] = "LeNet-5 卷积网络"
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(document, ensure_ascii=False).encode())
    assert load_architecture(path).name == "LeNet-5 卷积网络"


def test_saving_is_atomic_and_keeps_the_old_file_on_failure(tmp_path, monkeypatch):
    path = tmp_path / "net.json"
    save_architecture(load_preset("lenet5"), path)
    before = path.read_bytes()

    def broken_replace(*args):
        raise OSError("disk full")

    monkeypatch.setattr("designer.core.atomic.os.replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        save_architecture(load_preset("cifar10_cnn"), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["net.json"]


def test_saved_files_get_ordinary_permissions_and_keep_existing_ones(tmp_path):
    import os
    import stat

    path = tmp_path / "net.json"
    save_architecture(load_preset("lenet5"), path)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    path.chmod(0o640)
    save_architecture(load_preset("lenet5"), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
