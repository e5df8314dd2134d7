"""``cnn-designer train`` run as users run it, on tiny files in the real formats."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from designer.cli import main
from tests.engine.dataset_files import sample_split, write_mnist


def train(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "designer", "train", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def mnist_dir(tmp_path: Path) -> Path:
    write_mnist(
        tmp_path / "data", sample_split(200, (28, 28), 10, seed=1), sample_split(60, (28, 28), 10, seed=2)
    )
    return tmp_path / "data"


def test_train_writes_the_run_folder_and_ends_with_test_metrics(mnist_dir, tmp_path):
    out = tmp_path / "run"
    result = train(
        "lenet5",
        "--dataset",
        "mnist",
        "--data-dir",
        str(mnist_dir),
        "--no-download",
        "--epochs",
        "1",
        "--batch-size",
        "32",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"test_accuracy=\d\.\d{4} test_loss=\d+\.\d{4}", result.stdout.splitlines()[-1])
    assert "28x28 grayscale images padded by 2 on each side to 32x32." in result.stdout
    assert {p.name for p in out.iterdir()} >= {
        "architecture.json",
        "config.json",
        "data.json",
        "metrics.csv",
        "metrics.json",
        "best.pt",
        "last.pt",
        "result.json",
    }
    config = json.loads((out / "config.json").read_text())
    assert (config["epochs"], config["batch_size"], config["dataset"]) == (1, 32, "mnist")
    assert json.loads((out / "result.json").read_text())["reason"] == "completed"

    resumed = train(
        "lenet5",
        "--dataset",
        "mnist",
        "--data-dir",
        str(mnist_dir),
        "--no-download",
        "--epochs",
        "2",
        "--out",
        str(out),
        "--resume",
    )
    assert resumed.returncode == 0, resumed.stderr
    assert "epoch 1:" not in resumed.stdout
    assert "epoch 2:" in resumed.stdout
    assert len(json.loads((out / "metrics.json").read_text())) == 2


def test_config_file_and_flags_override_the_preset(mnist_dir, tmp_path):
    config = tmp_path / "settings.json"
    config.write_text('{"optimizer": "sgd", "epochs": 1, "checkpoints": "none"}')
    out = tmp_path / "run"
    result = train(
        "lenet5",
        "--dataset",
        "mnist",
        "--data-dir",
        str(mnist_dir),
        "--no-download",
        "--config",
        str(config),
        "--lr",
        "0.05",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    saved = json.loads((out / "config.json").read_text())
    assert (saved["optimizer"], saved["learning_rate"], saved["batch_size"]) == ("sgd", 0.05, 64)
    assert not (out / "last.pt").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dataset", "imagenet"], "there is no data set called 'imagenet'"),
        (["--dataset", "mnist", "--no-download"], "MNIST is not in"),
        (["--epochs", "0"], "--epochs: must be a whole number from 1 to 100000, got 0"),
        (["--optimizer", "lbfgs"], "--optimizer: must be one of sgd, adam, adamw, rmsprop"),
        (["--device", "gpu"], "--device: must be auto"),
        (["--resume"], "--resume continues the run in --out DIR"),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path, capsys, args, message):
    """In this process (the subprocess tests above show the same lines reach a shell)."""
    try:
        code = main(["train", "lenet5", "--data-dir", str(tmp_path), *args])
    except SystemExit as exit:  # argparse's own refusals
        code = exit.code
    errors = capsys.readouterr().err
    assert code == 2
    assert message in errors
    assert "Traceback" not in errors
    assert errors.strip().count("\n") == 0


def test_ctrl_c_stops_cleanly_and_keeps_the_run_folder(mnist_dir, tmp_path):
    out = tmp_path / "run"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "designer",
            "train",
            "lenet5",
            "--dataset",
            "mnist",
            "--data-dir",
            str(mnist_dir),
            "--no-download",
            "--epochs",
            "500",
            "--batch-size",
            "16",
            "--out",
            str(out),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("epoch 1:"):
            break
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "the run folder keeps" in stderr
    assert json.loads((out / "result.json").read_text())["reason"] == "stopped"
    assert len(json.loads((out / "metrics.json").read_text())) >= 1


def test_train_under_torchrun_trains_in_two_processes_and_writes_once(mnist_dir, tmp_path):
    out = tmp_path / "run"
    result = subprocess.run(
        [
            sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2",
            "-m", "designer", "train", "lenet5", "--dataset", "mnist", "--data-dir", str(mnist_dir),
            "--no-download", "--epochs", "1", "--batch-size", "16", "--device", "cpu", "--out", str(out),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("test_accuracy=") == 1  # only the first process prints
    assert "images in 2 processes" in result.stdout
    assert (out / "model.cnnbundle").is_file()
    assert json.loads((out / "result.json").read_text())["epochs"] == 1
