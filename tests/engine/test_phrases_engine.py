"""The engine's words for the user are phrases: English as before, with a template the window translates."""

from __future__ import annotations

import math
import pickle

import pytest
import torch

from designer.core.phrases import Phrase, message_of
from designer.core.training import TrainingSettings
from designer.engine.bundle import BundleError, load_bundle
from designer.engine.checkpoint import Checkpoint, CheckpointError, load_checkpoint, save_checkpoint
from designer.engine.datasets.base import DatasetError
from designer.engine.datasets.catalogue import DATASETS, load_dataset
from designer.engine.datasets.fitting import fit_images
from designer.engine.datasets.image_folder import scan_image_folder
from designer.engine.trainer import DIVERGED, Trainer
from designer.engine.training_data import prepare_data
from designer.engine.tuning_events import STOPPED

UNKNOWN_SET = (
    "there is no data set called {name!r}; pick one of {names} "
    "or give a folder of images with one subfolder per class"
)
MISSING_FOLDER = (
    "The image folder {folder} does not exist; pick a folder with one subfolder of images per class."
)
UNUSABLE_CHECKPOINT = "{path}: not a usable checkpoint ({kind})"
DAMAGED_CHECKPOINT = "{path}: the checkpoint is damaged: {problem}; train the run again"
NOT_NUMBERS = "its epoch counts or best accuracy are not numbers"
NOT_A_ZIP = "{path}: not a bundle, or a truncated one (not a readable zip archive)"
TORCHVISION_DESCRIPTION = (
    "{train:,} training and {test:,} test images through torchvision (a {size} MB download)"
)
FITTED = "{line}."
SIZE_CHANGE = "{height}x{width} {kind} images {change}"


def phrase_of(error: BaseException) -> Phrase:
    message = message_of(error)
    assert isinstance(message, Phrase)
    return message


def test_an_unknown_data_set_is_named_in_a_phrase():
    with pytest.raises(DatasetError) as caught:
        load_dataset("imagenet", (1, 28, 28))
    message = phrase_of(caught.value)
    assert message.template == UNKNOWN_SET
    assert message.values == {"name": "imagenet", "names": ", ".join(DATASETS)}
    assert message == (
        f"there is no data set called 'imagenet'; pick one of {', '.join(DATASETS)} "
        "or give a folder of images with one subfolder per class"
    )
    assert str(caught.value) == message


def test_a_missing_image_folder_is_named_in_a_phrase(tmp_path):
    folder = tmp_path / "nowhere"
    with pytest.raises(DatasetError) as caught:
        scan_image_folder(folder)
    message = phrase_of(caught.value)
    assert message.template == MISSING_FOLDER
    assert message == (
        f"The image folder {folder} does not exist; pick a folder with one subfolder of images per class."
    )


def test_a_foreign_checkpoint_file_is_explained_in_a_phrase(tmp_path):
    path = tmp_path / "last.pt"
    path.write_bytes(b"not a checkpoint at all")
    with pytest.raises(CheckpointError) as caught:
        load_checkpoint(path)
    message = phrase_of(caught.value)
    assert message.template == UNUSABLE_CHECKPOINT
    assert message == f"{path}: not a usable checkpoint ({message.values['kind']})"


def test_a_damaged_checkpoint_keeps_its_problem_as_a_phrase_inside(tmp_path):
    path = tmp_path / "best.pt"
    damaged = Checkpoint(
        epoch=-1,
        model={},
        optimizer={},
        schedule={},
        history=[],
        best_accuracy=0.0,
        epochs_since_best=0,
        architecture="",
        settings={},
        class_names=[],
        mean=[0.5],
        std=[0.5],
        memory_format="nchw",
    )
    save_checkpoint(damaged, path)
    with pytest.raises(CheckpointError) as caught:
        load_checkpoint(path)
    message = phrase_of(caught.value)
    assert message.template == DAMAGED_CHECKPOINT
    problem = message.values["problem"]
    assert isinstance(problem, Phrase)
    assert problem.template == NOT_NUMBERS
    assert message == f"{path}: the checkpoint is damaged: {NOT_NUMBERS}; train the run again"


def test_a_damaged_bundle_is_explained_in_a_phrase(tmp_path):
    path = tmp_path / "model.cnnbundle"
    path.write_bytes(b"PK\x03\x04 and then nothing a zip archive needs")
    with pytest.raises(BundleError) as caught:
        load_bundle(path)
    message = phrase_of(caught.value)
    assert message.template == NOT_A_ZIP
    assert message.values == {"path": path}
    assert message == f"{path}: not a bundle, or a truncated one (not a readable zip archive)"


def test_a_diverged_run_says_so_in_a_phrase_that_survives_pickling(small_net, squares):
    settings = TrainingSettings(epochs=1, batch_size=32, learning_rate=0.01, memory_format="nchw")
    cpu = torch.device("cpu")
    trainer = Trainer(small_net, settings, prepare_data(squares, settings, cpu), cpu)
    with torch.no_grad():
        trainer.model.layer("out").linear.weight.fill_(float("nan"))
    result = trainer.run()
    assert result.reason == "diverged"
    message = result.message
    assert isinstance(message, Phrase)
    assert message.template == DIVERGED.template
    assert math.isnan(message.values["value"])
    assert message == (
        "the loss became nan; lower the learning rate (e.g. 0.001) or add BatchNorm, then try again"
    )
    copy = pickle.loads(pickle.dumps(result))
    assert isinstance(copy.message, Phrase)
    assert (copy.message, copy.message.template) == (message, message.template)


def test_the_catalogue_words_its_sets_in_phrases():
    for info in DATASETS.values():
        assert isinstance(info.description, Phrase), info.name
        if info.built_in:
            assert isinstance(info.title, Phrase), info.name
    mnist = DATASETS["mnist"].description
    assert isinstance(mnist, Phrase)
    assert mnist.template == TORCHVISION_DESCRIPTION
    assert mnist == "60,000 training and 10,000 test images through torchvision (a 12 MB download)"
    assert DATASETS["digits"].title == "Digits (built-in)"


def test_fitting_notes_are_phrases_and_sentences_for_the_notes():
    _, line = fit_images(torch.zeros(1, 1, 28, 28, dtype=torch.uint8), (1, 32, 32))
    assert isinstance(line, Phrase)
    assert line.template == SIZE_CHANGE
    assert line == "28x28 grayscale images padded by 2 on each side to 32x32"
    _, note = fit_images(torch.zeros(1, 1, 28, 28, dtype=torch.uint8), (1, 32, 32), sentence=True)
    assert isinstance(note, Phrase)
    assert note.template == FITTED
    assert note == "28x28 grayscale images padded by 2 on each side to 32x32."
    _, note = fit_images(torch.zeros(1, 1, 4, 4, dtype=torch.uint8), (3, 4, 4), sentence=True)
    assert note == "Grayscale images repeated to 3 channels."
    assert fit_images(torch.zeros(1, 1, 4, 4, dtype=torch.uint8), (1, 4, 4), sentence=True)[1] == ""


def test_a_stopped_trial_message_is_a_phrase_that_reads_stopped():
    assert isinstance(STOPPED, Phrase)
    assert STOPPED == "stopped"


def test_a_checkpoint_holding_phrases_saves_as_plain_text_that_loads(tmp_path):
    """A preset's name is a Phrase; torch pickles it as a class that weights_only loading refuses."""
    from designer.core.presets import load_preset

    name = load_preset("lenet5").name
    assert isinstance(name, Phrase)
    checkpoint = Checkpoint(
        epoch=1,
        model={"w": torch.ones(2)},
        optimizer={},
        schedule={},
        history=[],
        best_accuracy=0.5,
        epochs_since_best=0,
        architecture=name,
        settings={},
        class_names=[name],
        mean=[0.5],
        std=[0.25],
        memory_format="nchw",
    )
    save_checkpoint(checkpoint, tmp_path / "c.pt")
    loaded = load_checkpoint(tmp_path / "c.pt")
    assert (loaded.architecture, loaded.class_names) == (name, [name])
    assert type(loaded.architecture) is str
    assert type(loaded.class_names[0]) is str
