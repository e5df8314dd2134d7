"""Malformed Keras ``model.to_json()`` files, made by mutating real ones (Keras 2 and 3 forms, every
supported layer kind): every case imports with load_keras into an architecture that saves and parses
back, or ends in the importer's DesignerError (KerasImportError, or FormatError from the architecture
checks) as one short line naming the file; never another exception, a hang or a blow-up."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from designer.core.errors import DesignerError, FormatError
from designer.core.fileformat import architecture_from_json, architecture_to_json
from designer.core.inference import infer
from designer.core.keras_import import KerasImportError, import_keras, load_keras
from tests.core.keras_files import CIFAR, conv, keras2, keras3
from tests.fuzzing import damaged_bytes, mutated_json

#: Every converter at least once: the Keras names of each kind, with their usual settings.
EVERY = [
    ("conv", conv(8, 3, "same", groups=1)),
    ("bn", ("BatchNormalization", {"axis": -1, "momentum": 0.99, "epsilon": 0.001,
                                   "center": True, "scale": True})),
    ("relu", ("ReLU", {"max_value": None, "negative_slope": 0.0, "threshold": 0.0})),
    ("sep", ("SeparableConv2D", {"filters": 8, "kernel_size": [3, 3], "strides": [1, 1], "padding": "same",
                                 "depth_multiplier": 2, "activation": "linear", "use_bias": True})),
    ("leaky", ("LeakyReLU", {"negative_slope": 0.01})),
    ("up", ("Conv2DTranspose", {"filters": 4, "kernel_size": [3, 3], "strides": [2, 2], "padding": "same",
                                "output_padding": None, "activation": "tanh", "use_bias": False})),
    ("avg", ("AveragePooling2D", {"pool_size": [2, 2], "strides": None, "padding": "valid"})),
    ("max", ("MaxPool2D", {"pool_size": [2, 2], "strides": [2, 2], "padding": "same"})),
    ("act", ("Activation", {"activation": {"class_name": "Swish"}})),
    ("gmp", ("GlobalMaxPooling2D", {"data_format": "channels_last", "keepdims": False})),
    ("drop", ("Dropout", {"rate": 0.2})),
    ("out", ("Dense", {"units": 3, "activation": "softmax"})),
]  # fmt: skip
DOCUMENTS = {
    "keras2 cifar": keras2(CIFAR),
    "keras2 cifar without an input layer": keras2(CIFAR, input_layer=False),
    "keras3 cifar": keras3(CIFAR),
    "keras2 every layer": keras2(EVERY, shape=(16, 16, 5)),
    "keras3 every layer": keras3(EVERY, shape=(16, 16, 5)),
}
RAW = {name: json.dumps(document, indent=2).encode() for name, document in DOCUMENTS.items()}
#: The longest refusal after the file's name: one line listing a few problems, each value cut short.
MAX_MESSAGE = 2000

FUZZ_SETTINGS = settings(
    deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)


def import_or_refusal(data: bytes, folder: Path) -> DesignerError | None:
    """Write ``data`` as a Keras JSON file and import it: None when it imports into an architecture
    that infers and round-trips through the architecture file's JSON, else the importer's refusal."""
    path = folder / "model.json"
    path.write_bytes(data)
    try:
        architecture = load_keras(path)
    except (KerasImportError, FormatError) as error:
        message = str(error)
        assert message.startswith(f"{path}: ") or message.startswith(f"{path} ")
        assert "\n" not in message
        assert len(message) <= len(str(path)) + MAX_MESSAGE
        return error
    infer(architecture)
    document = json.loads(json.dumps(architecture_to_json(architecture)))
    assert architecture_from_json(document, "reloaded.json") == architecture
    return None


def tally(refusal: DesignerError | None) -> None:
    """Count the outcome: imported, or the kind of refusal (its first problem, up to a quote or bracket)."""
    if refusal is None:
        event("imported")
        return
    problem = str(refusal).split(" cannot be imported: ", 1)[-1].split("; ")[0].split("': ")[-1]
    if isinstance(refusal, FormatError):
        problem = refusal.problem
    kind = re.split(r"[(\[\"']", problem)[0].strip()
    event(f"refused ({type(refusal).__name__}): {kind[:30]}")


@settings(FUZZ_SETTINGS, max_examples=300)
@given(document=st.sampled_from(sorted(DOCUMENTS)).flatmap(lambda name: mutated_json(DOCUMENTS[name])))
def test_mutated_keras_models_import_or_say_why(tmp_path, document):
    tally(import_or_refusal(json.dumps(document, ensure_ascii=False).encode(), tmp_path))


@settings(FUZZ_SETTINGS, max_examples=200)
@given(raw=st.sampled_from(sorted(RAW)).flatmap(lambda name: damaged_bytes(RAW[name])))
def test_damaged_keras_bytes_import_or_say_why(tmp_path, raw):
    tally(import_or_refusal(raw, tmp_path))


@pytest.mark.parametrize("name", sorted(RAW))
def test_the_valid_models_import(tmp_path, name):
    assert import_or_refusal(RAW[name], tmp_path) is None


def keras_file(folder: Path, text: str) -> Path:
    path = folder / "model.json"
    path.write_text(text)
    return path


def with_layer(class_name: str, layer_name: str = "odd", **config: object) -> dict[str, object]:
    """A small Keras 2 model: the layer ``class_name`` with ``config``, then a flatten."""
    return keras2([(layer_name, (class_name, config)), ("flatten", ("Flatten", {}))], shape=(8, 8, 1))


def test_an_activation_object_without_a_text_class_name_is_refused(tmp_path):
    document = with_layer("Activation", activation={"class_name": 5})  # was an AttributeError
    with pytest.raises(KerasImportError, match=r"model\.json cannot be imported: Activation layer 'odd': "):
        load_keras(keras_file(tmp_path, json.dumps(document)))


def test_a_number_too_large_for_a_float_is_refused(tmp_path):
    text = json.dumps(with_layer("BatchNormalization", momentum=0.99)).replace("0.99", "9" * 400)
    with pytest.raises(FormatError, match="a whole number of more than 300 digits"):  # was an OverflowError
        load_keras(keras_file(tmp_path, text))
    # import_keras takes a decoded document, which may hold any whole number
    with pytest.raises(KerasImportError, match="a malformed setting"):
        import_keras(with_layer("BatchNormalization", momentum=10**400), "model.json")


@pytest.mark.parametrize("slope", ["nan", "0.01", None, [0.01]])
def test_a_leaky_slope_must_be_the_number_we_have(slope):
    with pytest.raises(KerasImportError, match="slope"):  # "nan" and "0.01" used to import as 0.01
        import_keras(with_layer("LeakyReLU", negative_slope=slope), "model.json")


def test_enormous_names_and_shapes_are_cut_short_in_the_message(tmp_path):
    document = with_layer("X" * 100_000, "y" * 100_000)
    document["config"]["layers"][0]["config"]["batch_input_shape"] = [None, "z" * 100_000, 8, 1]
    with pytest.raises(KerasImportError) as caught:
        load_keras(keras_file(tmp_path, json.dumps(document)))
    message = str(caught.value)
    assert len(message) < len(str(tmp_path)) + 300
    assert "\n" not in message
    assert f"{'X' * 37}... layer '{'y' * 36}..." in message
    assert f"the input shape ['{'z' * 35}..." in message
    document["class_name"] = "Functional\n" * 10_000
    with pytest.raises(KerasImportError, match="only Sequential models") as caught:
        load_keras(keras_file(tmp_path, json.dumps(document)))
    assert len(str(caught.value)) < len(str(tmp_path)) + 200


def test_a_model_of_many_bad_layers_lists_a_few_and_counts_the_rest(tmp_path):
    document = keras2([(f"lstm{i}", ("LSTM", {"units": 4})) for i in range(5000)], shape=(8, 8, 1))
    with pytest.raises(KerasImportError) as caught:
        load_keras(keras_file(tmp_path, json.dumps(document)))
    message = str(caught.value)
    assert message.count("a layer type with no counterpart here") == 10
    assert message.endswith("; and 4,990 more")
