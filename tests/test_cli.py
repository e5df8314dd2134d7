"""The command line, run as users run it: in a subprocess, reading stdout, stderr and the exit status."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from designer.cli import main
from designer.core.fileformat import architecture_to_json
from designer.core.presets import load_preset


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "designer", *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_summary_json_gives_the_preset_counts():
    result = cli("summary", "cifar10_cnn", "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["total_params"] == 1_250_858
    assert summary["input"] == [3, 32, 32]
    assert summary["layers"][0] == {
        "name": "conv1",
        "type": "Conv2D",
        "status": "ok",
        "output_shape": [32, 32, 32],
        "params": 896,
        "non_trainable_params": 0,
        "macs": 884_736,
        "receptive_field": [3, 3],
        "error": None,
    }
    assert summary["layers"][8]["output_shape"] == [2304]


def test_lenet5_summary_json(capsys):
    assert main(["summary", "lenet5", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["total_params"], summary["trainable_params"], summary["non_trainable_params"]) == (
        61_706,
        61_706,
        0,
    )
    assert [layer["params"] for layer in summary["layers"]] == [156, 0, 2416, 0, 48120, 0, 10164, 850]


def test_summary_text_reads_like_keras(capsys):
    assert main(["summary", "lenet5"]) == 0
    out = capsys.readouterr().out
    assert out.startswith('Model: "LeNet-5"\n')
    assert " 1  c1 (Conv2D)        (6, 28, 28)      156  117,600  5x5" in out
    assert "Total params: 61,706 (241.04 KB)" in out


def test_presets_lists_every_preset_with_its_count(capsys):
    assert main(["presets"]) == 0
    out = capsys.readouterr().out
    assert "61,706" in out
    assert "1,250,858" in out


def test_validate(tmp_path, capsys):
    assert main(["validate", "lenet5"]) == 0
    assert "lenet5: valid, 8 layers, 61,706 parameters" in capsys.readouterr().out


def invalid_file(tmp_path) -> str:
    """LeNet-5 on a 16x16 input: its third convolution no longer fits."""
    raw = architecture_to_json(load_preset("lenet5"))
    raw["input"]["height"] = raw["input"]["width"] = 16
    path = tmp_path / "small.json"
    path.write_text(json.dumps(raw))
    return str(path)


@pytest.mark.parametrize("command", ["validate", "summary"])
def test_invalid_design_exits_2_with_one_line(tmp_path, command):
    path = invalid_file(tmp_path)
    result = cli(command, path)
    assert result.returncode == 2
    assert result.stderr == (
        f"cnn-designer: {path}: invalid design: layer 5 (Conv2D): a 5x5 kernel does not fit a 1x1 input "
        "with padding 0\n"
    )


def test_invalid_design_summary_still_shows_the_table(tmp_path):
    result = cli("summary", invalid_file(tmp_path), "--json")
    summary = json.loads(result.stdout)
    assert [layer["status"] for layer in summary["layers"]][3:6] == ["ok", "error", "unknown"]
    assert summary["valid"] is False


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        ("{oops", "is not valid JSON"),
        ('{"format": "cnn-designer/architecture", "version": 99}', "written by a newer cnn-designer"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_no_traceback(tmp_path, content, message):
    path = tmp_path / "arch.json"
    if content is not None:
        path.write_text(content)
    result = cli("summary", str(path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_preset_lists_the_presets():
    result = cli("validate", "lenet")
    assert result.returncode == 2
    assert "no such file or preset; the presets are cifar10_cnn, inception_mini, lenet5" in result.stderr


def test_import_keras_writes_an_architecture_with_keras_counts(tmp_path, capsys):
    from tests.core.keras_files import CIFAR, keras3

    model = tmp_path / "model.json"
    model.write_text(json.dumps(keras3(CIFAR)))
    out = tmp_path / "arch.json"
    assert main(["import-keras", str(model), "--out", str(out)]) == 0
    assert f"{out}: 12 layers, 1,250,858 parameters" in capsys.readouterr().out
    assert main(["validate", str(out)]) == 0


def test_import_keras_refuses_a_functional_model_in_one_line(tmp_path):
    model = tmp_path / "model.json"
    model.write_text(json.dumps({"class_name": "Functional", "config": {"layers": []}}))
    result = cli("import-keras", str(model), "--out", str(tmp_path / "arch.json"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "only Sequential models can be imported" in result.stderr
    assert not (tmp_path / "arch.json").exists()


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_diagram_draws_a_preset_without_a_window(tmp_path, suffix):
    target = tmp_path / "figures" / f"lenet5{suffix}"
    done = subprocess.run(
        [sys.executable, "-m", "designer", "diagram", "lenet5", "--out", str(target)],
        capture_output=True,
        text=True,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"},  # it needs no display
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"wrote {target}\n"
    head = target.read_bytes()[:200]
    assert head.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in head or b"<?xml" in head
    if suffix == ".svg":
        assert ">c3</text>" in target.read_text()  # the layers' names are drawn as text
