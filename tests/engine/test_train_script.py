"""The training-script export: a standalone script that trains the design again, checked by running it
without cnn-designer (one process, and two gloo processes under torchrun) and by ruff."""

from __future__ import annotations

import json
import os
import runpy
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import torch

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.metrics_files import read_metrics
from designer.core.presets import load_preset
from designer.core.training import TrainingSettings
from designer.engine import train_script
from designer.engine.builder import build_model
from designer.engine.datasets.base import Dataset, ImageData
from designer.engine.datasets.fitting import fit_images
from designer.engine.datasets.image_folder import scan_image_folder
from designer.engine.export import export_model
from designer.engine.training_data import split_off
from tests.engine.dataset_files import sample_split, write_image_folder, write_mnist
from tests.engine.export_models import BLOCKS, bundle_of

SMALL = Architecture(
    InputSpec(3, 12, 12),
    (
        Layer.new("Conv2D", "conv", filters=4, kernel_size=3, activation="relu"),
        Layer.new("BatchNorm", "bn"),
        Layer.new("MaxPool2D", "pool", pool_size=2),
        Layer.new("Flatten", "flat"),
        Layer.new("Dense", "out", units=2),
    ),
    name="small",
)


def trained_on(architecture: Architecture, dataset: str, **settings: object):
    """A bundle of ``architecture`` whose training settings name ``dataset``."""
    training = (architecture.training or TrainingSettings()).with_values(
        dataset=dataset, epochs=1, batch_size=16, **settings
    )
    return bundle_of(replace(architecture, training=training))


def run_script(args: list[str], cwd: Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """Run in a fresh process that cannot import cnn-designer."""
    blocker = cwd / "no_designer"
    blocker.mkdir(exist_ok=True)
    (blocker / "designer.py").write_text("raise ImportError('the script must not need cnn-designer')\n")
    env = {**os.environ, "PYTHONPATH": str(blocker), "OMP_NUM_THREADS": "1"}
    done = subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env=env,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def ruff_findings(path: Path) -> str:
    """What ruff finds wrong: undefined or unused names, likely bugs, syntax."""
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache", "--select", "F,B,E9", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    return "" if done.returncode == 0 else done.stdout + done.stderr


def test_two_torchrun_processes_train_mnist_to_identical_weights(tmp_path):
    data = tmp_path / "data"
    write_mnist(data, sample_split(96, (28, 28), 10), sample_split(40, (28, 28), 10, seed=1))
    bundle = trained_on(load_preset("lenet5"), "mnist")
    script = tmp_path / "train_lenet.py"
    export_model(bundle, "train-script", script)
    assert ruff_findings(script) == ""
    run_script(
        [
            "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2", script.name,
            "--data-dir", str(data), "--no-download", "--device", "cpu", "--epochs", "2",
            "--out", "out", "--every-rank",
        ],
        tmp_path,
    )  # fmt: skip
    out = tmp_path / "out"
    ranks = [torch.load(out / f"weights-rank{rank}.pt", weights_only=True) for rank in (0, 1)]
    assert ranks[0].keys() == ranks[1].keys()
    for key in ranks[0]:
        assert torch.equal(ranks[0][key], ranks[1][key]), key
    build_model(bundle.architecture).load_state_dict(ranks[0])  # the design's own parameter names
    assert [epoch.epoch for epoch in read_metrics(out)] == [1, 2]  # as our own run folders record them
    result = json.loads((out / "result.json").read_text())
    assert result["processes"] == 2
    assert 0 <= result["test"]["accuracy"] <= 1


def test_an_image_folder_trains_from_the_listed_split_even_after_it_moved(tmp_path):
    rng = np.random.default_rng(0)
    # Quotes and a newline in the folder's name reach the script only as a literal.
    root = tmp_path / "my 'images\"\n"
    write_image_folder(
        root,
        {
            "cats": [rng.integers(0, 256, (20, 16, 3), dtype=np.uint8) for _ in range(8)],
            "dogs": [rng.integers(0, 256, (10, 10), dtype=np.uint8) for _ in range(8)],
        },
    )
    bundle = trained_on(SMALL, str(root), augment_flip=True, augment_crop=2, mixup=0.2)
    script = tmp_path / "train.py"
    export_model(bundle, "train-script", script)
    assert ruff_findings(script) == ""
    listing = json.loads((tmp_path / "train-files.json").read_text())
    index = scan_image_folder(root, seed=0)
    assert listing["train"] == [[path.relative_to(root).as_posix(), label] for path, label in index.train]
    assert listing["test"] == [[path.relative_to(root).as_posix(), label] for path, label in index.test]
    moved = tmp_path / "moved"
    root.rename(moved)
    run_script([script.name, "--data", str(moved), "--workers", "0", "--out", "out"], tmp_path)
    assert json.loads((tmp_path / "out" / "result.json").read_text())["processes"] == 1
    assert len(read_metrics(tmp_path / "out")) == 1
    assert {"best.pt", "last.pt", "weights.pt"} <= {p.name for p in (tmp_path / "out").iterdir()}


@pytest.mark.parametrize("architecture", [SMALL, BLOCKS], ids=["plain", "blocks"])
def test_a_built_in_set_travels_as_a_tensor_file(tmp_path, monkeypatch, architecture):
    images, labels = sample_split(60, (3, 12, 12), 2)
    small = Dataset(
        "digits",
        ("a", "b"),
        ImageData(torch.from_numpy(images), torch.from_numpy(labels)),
        ImageData(torch.from_numpy(images[:20]), torch.from_numpy(labels[:20])),
    )
    monkeypatch.setattr(train_script, "load_dataset", lambda name, shape: small)
    bundle = trained_on(architecture, "digits", optimizer="sgd", schedule="cosine", early_stopping=1)
    script = tmp_path / "train.py"
    export_model(bundle, "train-script", script)
    saved = torch.load(tmp_path / "train-data.pt", weights_only=True)
    assert torch.equal(saved["train_images"], small.train.images)
    assert torch.equal(saved["test_labels"], small.test.labels)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for name in ("train.py", "train-data.pt"):  # found beside the script, wherever it is run from
        shutil.move(tmp_path / name, elsewhere / name)
    run_script([str(elsewhere / "train.py"), "--out", "out"], tmp_path)
    assert len(read_metrics(tmp_path / "out")) == 1


@pytest.fixture
def script_module(tmp_path):
    """The generated script's functions, loaded without running it."""
    script = tmp_path / "train.py"
    export_model(trained_on(SMALL, "mnist"), "train-script", script)
    return runpy.run_path(str(script), run_name="exported")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ((1, 28, 28), (1, 32, 32)),
        ((3, 32, 32), (1, 28, 28)),
        ((1, 20, 20), (3, 40, 40)),
        ((3, 9, 7), (3, 9, 7)),
    ],
)
def test_the_script_fits_images_as_the_engine_does(script_module, source, target):
    images = torch.randint(0, 256, (5, *source), dtype=torch.uint8)
    fit = script_module["fit"]
    fit.__globals__["INPUT_SHAPE"] = target  # what fit() fits to
    ours, _ = fit_images(images, target)
    assert torch.equal(fit(images), ours)


def test_the_script_holds_out_the_engine_s_validation_split(script_module):
    rest, held = script_module["split_indices"](50, 0.2, 7)
    data = ImageData(torch.zeros(50, 1, 2, 2, dtype=torch.uint8), torch.arange(50))
    ours_rest, ours_held = split_off(data, 0.2, 7)
    assert torch.equal(rest, ours_rest.labels)
    assert torch.equal(held, ours_held.labels)


def test_crafted_names_and_file_names_cannot_inject_code(tmp_path):
    marker = tmp_path / "pwned"
    architecture = Architecture(
        InputSpec(1, 8, 8),
        (
            Layer.new("Conv2D", f"c1'])\nopen({str(marker)!r}, 'w')\n#", filters=2),
            Layer.new("Flatten", 'x"""\nopen("pwned", "w")\n"""'),
            Layer.new("Dense", "out", units=2),
        ),
        name=f'"""\n__import__("os").system("touch {marker}")\n"""%(prog)s %',
    )
    bundle = trained_on(architecture, "mnist")
    script = tmp_path / 'x"""; open("pwned", "w"); """.py'
    export_model(bundle, "train-script", script)
    assert ruff_findings(script) == ""
    done = run_script([script.name, "--help"], tmp_path)
    assert '"""%(prog)s %' in done.stdout  # the name, as it is
    assert not marker.exists()
    assert not (tmp_path / "pwned").exists()


def test_a_folder_that_is_gone_cannot_be_exported(tmp_path):
    bundle = trained_on(SMALL, str(tmp_path / "gone"))
    with pytest.raises(train_script.DesignerError, match="not here"):
        export_model(bundle, "train-script", tmp_path / "train.py")
    assert not (tmp_path / "train.py").exists()
