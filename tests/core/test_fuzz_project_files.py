"""Malformed project files (``.cnnd``), made by mutating real ones with runs, metric histories and
training settings: every case opens with load_project (and load_document), re-saves and opens back
equal, or ends in a FormatError that names the file; never another exception, a hang or a blow-up."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from designer.core.errors import FormatError
from designer.core.fileformat import architecture_to_json
from designer.core.inference import infer
from designer.core.presets import load_preset
from designer.core.project import Project, dumps_project, load_document, load_project, save_project
from designer.core.runs import EpochMetrics, RunRecord
from designer.core.training import TrainingSettings
from tests.fuzzing import damaged_bytes, mutated_json

SETTINGS = TrainingSettings().with_values(epochs=3, optimizer="sgd", schedule="step", augment_flip=True)

#: A finished run, a diverged one (non-finite metrics, written as null) and one stopped untested.
RUNS = (
    RunRecord(
        id="run 1",
        started="2025-03-01T14:05:09+01:00",
        architecture=load_preset("lenet5"),
        settings=SETTINGS,
        epochs=(
            EpochMetrics(1, 0.71, 0.78, 0.42, 0.88, 0.01, 3.25, 5120.4),
            EpochMetrics(2, 0.35, 0.9, 0.3, 0.915, 0.01, 3.125, 5301.0),
            EpochMetrics(3, 0.25, 0.93, 0.28, 0.92, 0.001, 3.0, 5400.5),
        ),
        test_accuracy=0.9125,
        test_loss=0.28,
        folder="/home/ada/runs/lenet5-1",
    ),
    RunRecord(
        id="run 2",
        started="2025-03-02T09:00:00+00:00",
        architecture=load_preset("resnet20"),
        settings=TrainingSettings(),
        epochs=(
            EpochMetrics(1, 2.3, 0.1, 2.2, 0.12, 0.001, 10.5, 900.0),
            EpochMetrics(2, math.nan, 0.1, math.nan, 0.1, 0.001, 10.25, 910.0),
        ),
        reason="diverged",
        message="the loss is not finite",
    ),
    RunRecord(
        id="run 3",
        started="2025-03-03T18:30:00-05:00",
        architecture=load_preset("inception_mini"),
        settings=SETTINGS,
        epochs=(EpochMetrics(1, 1.1, 0.6, 1.0, 0.65, 0.01, 4.0, 2000.0),),
        reason="stopped",
    ),
)
PROJECTS = {
    "lenet5 with runs": Project(load_preset("lenet5"), RUNS),
    "resnet20 with a run": Project(load_preset("resnet20"), RUNS[1:2]),
}
DOCUMENTS = {name: json.loads(dumps_project(project)) for name, project in PROJECTS.items()}
DOCUMENTS["plain architecture"] = architecture_to_json(load_preset("mnist_bn"))
RAW = {name: dumps_project(project).encode() for name, project in PROJECTS.items()}

FUZZ_SETTINGS = settings(
    deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)


def open_or_refusal(data: bytes, folder: Path) -> FormatError | None:
    """Write ``data`` as a project file and open it: None when it opens and is usable (it re-saves and
    opens back equal, its designs infer, load_document agrees), else the loader's refusal."""
    path = folder / "fuzzed.cnnd"
    path.write_bytes(data)
    refusal = None
    try:
        project = load_project(path)
    except FormatError as error:
        refusal = error
    if refusal is not None:
        with pytest.raises(FormatError) as again:
            load_document(path)
        assert str(again.value) == str(refusal)
        assert str(refusal).startswith(f"{path}: ")
        return refusal
    assert load_document(path) == project.architecture
    for architecture in (project.architecture, *(run.architecture for run in project.runs)):
        infer(architecture)
    resaved = folder / "resaved.cnnd"
    save_project(project, resaved)
    assert load_project(resaved) == project
    return None


def tally(refusal: FormatError | None) -> None:
    """Count the outcome: loaded, or the kind of refusal (its problem up to the first quote or bracket)."""
    kind = None if refusal is None else re.split(r'[(\["]', refusal.problem)[0].strip()
    event("loaded" if kind is None else f"refused: {kind[:30]}")


@settings(FUZZ_SETTINGS, max_examples=300)
@given(document=st.sampled_from(sorted(DOCUMENTS)).flatmap(lambda name: mutated_json(DOCUMENTS[name])))
def test_mutated_projects_open_or_say_why(tmp_path, document):
    tally(open_or_refusal(json.dumps(document, ensure_ascii=False).encode(), tmp_path))


@settings(FUZZ_SETTINGS, max_examples=200)
@given(raw=st.sampled_from(sorted(RAW)).flatmap(lambda name: damaged_bytes(RAW[name])))
def test_damaged_project_bytes_open_or_say_why(tmp_path, raw):
    tally(open_or_refusal(raw, tmp_path))


def test_the_valid_projects_open_and_survive_a_resave(tmp_path):
    for name, project in PROJECTS.items():
        assert open_or_refusal(RAW[name], tmp_path) is None
        assert load_project(tmp_path / "resaved.cnnd") == project


def project_text_with(old: str, new: str) -> bytes:
    """The lenet5 project's file with the first ``old`` replaced by ``new``."""
    text = RAW["lenet5 with runs"].decode()
    assert old in text
    return text.replace(old, new, 1).encode()


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        # A metric of 1e400 loaded as infinity, then saved as null and read back as NaN.
        ('"train_loss": 0.71', '"train_loss": 1e400', "the number 1e400 is too large"),
        # These ended in an OverflowError: float() of a whole number beyond a float's range.
        ('"test_loss": 0.28', f'"test_loss": {"9" * 400}', "a whole number of more than 300 digits"),
        ('"rate": 0.4', f'"rate": {"1" * 400}', "a whole number of more than 300 digits"),
    ],
)
def test_numbers_too_large_for_a_float_are_refused(tmp_path, old, new, problem):
    refusal = open_or_refusal(project_text_with(old, new), tmp_path)
    assert refusal is not None
    assert refusal.problem == f"is not valid JSON ({problem})"


def test_the_largest_numbers_a_float_holds_still_load(tmp_path):
    assert open_or_refusal(project_text_with('"seconds": 3.25', f'"seconds": {"9" * 300}'), tmp_path) is None
    assert open_or_refusal(project_text_with('"train_loss": 0.71', '"train_loss": 1.5e308'), tmp_path) is None
    assert load_project(tmp_path / "fuzzed.cnnd").runs[0].epochs[0].train_loss == 1.5e308
