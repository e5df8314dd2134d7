"""``predict`` and ``export`` on the bundle a ``train --out`` run leaves, run as users run them."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from designer.cli import main
from designer.core.fileformat import load_architecture
from designer.core.presets import load_preset
from designer.core.runs import FOLDER_BUNDLE
from designer.engine.bundle import load_bundle, save_bundle
from designer.engine.inspect_data import file_image, normalise
from tests.engine.dataset_files import sample_split, write_image, write_mnist
from tests.engine.export_models import bundle_of


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "designer", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("model")
    write_mnist(
        root / "data", sample_split(200, (28, 28), 10, seed=1), sample_split(60, (28, 28), 10, seed=2)
    )
    out = root / "run"
    result = cli(
        "train", "lenet5", "--dataset", "mnist", "--data-dir", str(root / "data"), "--no-download",
        "--epochs", "1", "--batch-size", "32", "--device", "cpu", "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (out / FOLDER_BUNDLE).is_file()
    return out


@pytest.fixture(scope="module")
def digit(tmp_path_factory) -> Path:
    pixels = np.zeros((28, 28), dtype=np.uint8)
    pixels[4:24, 12:16] = 255
    return write_image(tmp_path_factory.mktemp("images") / "one.png", pixels)


def test_predict_prints_the_top_classes_with_the_models_probabilities(run, digit):
    result = cli("predict", str(run / FOLDER_BUNDLE), str(digit), "--top", "3", "--json")
    assert result.returncode == 0, result.stderr
    [answer] = json.loads(result.stdout)
    bundle = load_bundle(run)
    with torch.no_grad():
        logits = bundle.model()(normalise(file_image(digit, (1, 32, 32)), bundle.normalization)[None])
    expected = torch.softmax(logits, dim=1)[0]
    top = torch.topk(expected, 3)
    assert [item["class"] for item in answer["top"]] == [bundle.class_names[int(i)] for i in top.indices]
    assert [item["probability"] for item in answer["top"]] == pytest.approx(top.values.tolist(), abs=1e-6)
    plain = cli("predict", str(run), str(digit), str(digit))  # a run folder works as well
    assert plain.returncode == 0, plain.stderr
    lines = plain.stdout.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{digit}: {answer['top'][0]['class']} ")


def test_predict_and_export_refuse_what_is_not_a_model_in_one_line(tmp_path, digit):
    for args in (
        ("predict", str(digit), str(digit)),
        ("export", str(tmp_path), "--format", "json", "--out", "x"),
    ):
        result = cli(*args)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1
        assert result.stderr.startswith("cnn-designer: ")


def test_torchscript_export_loads_without_this_package_and_matches(run, tmp_path):
    target = tmp_path / "model.pt"
    result = cli("export", str(run), "--format", "torchscript", "--out", str(target))
    assert result.returncode == 0, result.stderr
    assert "Warning" not in result.stderr
    x = torch.randn(3, 1, 32, 32)
    torch.save(x, tmp_path / "x.pt")
    script = textwrap.dedent(
        f"""
        import sys
        sys.modules["designer"] = None  # importing this package now fails
        import torch
        model = torch.jit.load({str(target)!r})
        torch.save(model(torch.load({str(tmp_path / "x.pt")!r})), {str(tmp_path / "y.pt")!r})
        """
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert loaded.returncode == 0, loaded.stderr
    with torch.no_grad():
        ours = load_bundle(run).model()(x)
    torch.testing.assert_close(torch.load(tmp_path / "y.pt"), ours, rtol=0, atol=1e-5)


def test_json_export_is_the_trained_architecture(run, tmp_path):
    target = tmp_path / "lenet5.json"
    assert cli("export", str(run), "--format", "json", "--out", str(target)).returncode == 0
    assert load_architecture(target) == load_bundle(run).architecture


def test_python_export_writes_the_source_and_its_weights(run, tmp_path):
    target = tmp_path / "out" / "lenet.py"
    result = cli("export", str(run), "--format", "python", "--out", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"wrote {target}", f"wrote {target.with_suffix('.pt')}"]
    shown = subprocess.run([sys.executable, str(target)], capture_output=True, text=True, check=False)
    assert shown.returncode == 0, shown.stderr
    assert "logits for a zero image" in shown.stdout


def test_the_training_script_trains_the_run_again_in_plain_pytorch(run, tmp_path):
    target = tmp_path / "train_lenet.py"
    result = cli("export", str(run), "--format", "train-script", "--out", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"wrote {target}"]  # MNIST comes from torchvision
    data = run.parent / "data"
    trained = subprocess.run(
        [
            sys.executable,
            str(target),
            "--data-dir",
            str(data),
            "--no-download",
            "--out",
            str(tmp_path / "again"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert trained.returncode == 0, trained.stderr
    assert "epoch 1/1" in trained.stdout
    weights = torch.load(tmp_path / "again" / "weights.pt", weights_only=True)
    assert weights.keys() == load_bundle(run).state.keys()


def test_an_unwritable_target_is_one_line(run, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = cli("export", str(run), "--format", "json", "--out", str(blocker / "inside.json"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1


def test_onnx_export_runs_under_onnxruntime(run, tmp_path):
    ort = pytest.importorskip("onnxruntime")
    target = tmp_path / "lenet.onnx"
    result = cli("export", str(run), "--format", "onnx", "--out", str(target))
    assert result.returncode == 0, result.stderr
    x = torch.randn(2, 1, 32, 32)
    [logits] = ort.InferenceSession(str(target)).run(None, {"input": x.numpy()})
    with torch.no_grad():
        np.testing.assert_allclose(logits, load_bundle(run).model()(x).numpy(), rtol=0, atol=1e-4)


def test_metrics_export_matches_the_run_folders_record(run, tmp_path, capsys):
    for form, name in (("metrics-csv", "m.csv"), ("metrics-json", "m.json")):
        assert main(["export", str(run), "--format", form, "--out", str(tmp_path / name)]) == 0
    assert (tmp_path / "m.csv").read_text() == (run / "metrics.csv").read_text()
    assert json.loads((tmp_path / "m.json").read_text()) == json.loads((run / "metrics.json").read_text())


def test_plots_and_diagram_export_draw_pictures_without_a_window(run, tmp_path, capsys):
    assert main(["export", str(run), "--format", "plots", "--out", str(tmp_path / "curves.png")]) == 0
    plots = [tmp_path / f"curves-{name}.png" for name in ("loss", "accuracy", "learning_rate")]
    assert capsys.readouterr().out.splitlines() == [f"wrote {path}" for path in plots]
    for path in plots:
        with Image.open(path) as image:
            assert image.size == (800, 450)
            assert len(image.getcolors(1 << 16) or ()) > 2  # something was drawn
    assert main(["export", str(run), "--format", "diagram", "--out", str(tmp_path / "net.svg")]) == 0
    assert ">c3</text>" in (tmp_path / "net.svg").read_text()


def test_metrics_need_the_run_folder_not_only_its_bundle(run, tmp_path, capsys):
    assert (
        main(["export", str(run / FOLDER_BUNDLE), "--format", "plots", "--out", str(tmp_path / "p.png")]) == 2
    )
    said = capsys.readouterr().err
    assert "holds no metrics.json" in said
    assert len(said.strip().splitlines()) == 1


def test_predict_names_outputs_beyond_the_class_list_by_number(tmp_path, digit, capsys):
    """A network may have more outputs than its data set had classes (ten units, two classes)."""
    save_bundle(bundle_of(load_preset("lenet5"), class_names=("zero", "one")), tmp_path / "m.cnnbundle")
    assert main(["predict", str(tmp_path / "m.cnnbundle"), str(digit), "--top", "10", "--json"]) == 0
    [answer] = json.loads(capsys.readouterr().out)
    names = {item["class"] for item in answer["top"]}
    assert names == {"zero", "one", *(f"class {i}" for i in range(2, 10))}
