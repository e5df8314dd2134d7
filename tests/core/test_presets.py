from __future__ import annotations

import pytest

from designer.core.data_files import data_folder
from designer.core.errors import FormatError
from designer.core.fileformat import dumps_architecture
from designer.core.inference import infer
from designer.core.presets import load_preset, open_architecture, preset_names

EXPECTED_PARAMS = {"lenet5": 61_706, "cifar10_cnn": 1_250_858}


def test_seed_presets_have_the_seed_parameter_counts():
    for name, params in EXPECTED_PARAMS.items():
        summary = infer(load_preset(name))
        assert summary.valid
        assert summary.total_params == params


@pytest.mark.parametrize("name", preset_names())
def test_every_preset_is_valid_described_and_canonical(name):
    architecture = load_preset(name)
    assert infer(architecture).valid
    assert architecture.name
    assert architecture.description
    assert architecture.training
    text = (data_folder("presets") / f"{name}.json").read_text(encoding="utf-8")
    assert dumps_architecture(architecture) == text


def test_there_are_at_least_four_presets():
    assert {"lenet5", "cifar10_cnn"} < set(preset_names())
    assert len(preset_names()) >= 4


def test_lenet5_is_the_seed_network():
    layers = load_preset("lenet5").layers
    assert [layer.kind for layer in layers] == [
        "Conv2D",
        "AvgPool2D",
        "Conv2D",
        "AvgPool2D",
        "Conv2D",
        "Flatten",
        "Dense",
        "Dense",
    ]
    assert [layer.params.get("activation") for layer in layers] == [
        "tanh",
        None,
        "tanh",
        None,
        "tanh",
        None,
        "tanh",
        "softmax",
    ]


def test_open_architecture_takes_a_file_or_a_preset(tmp_path):
    path = tmp_path / "net.json"
    path.write_text(dumps_architecture(load_preset("lenet5")), encoding="utf-8")
    assert open_architecture(str(path)) == open_architecture("lenet5")
    with pytest.raises(
        FormatError, match="no such file or preset; the presets are cifar10_cnn, inception_mini, lenet5"
    ):
        open_architecture("lenet6")
    with pytest.raises(FormatError, match="no such file"):
        open_architecture(str(tmp_path / "missing.json"))


def test_a_folder_named_after_a_preset_does_not_hide_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lenet5").mkdir()  # e.g. the run folder of: cnn-designer train lenet5 --out lenet5
    assert open_architecture("lenet5") == load_preset("lenet5")
    (tmp_path / "folder").mkdir()
    with pytest.raises(FormatError, match="is a folder"):
        open_architecture("folder")
