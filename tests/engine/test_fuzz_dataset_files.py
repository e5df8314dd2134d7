"""Damaged data set files: MNIST IDX files (plain and gzipped), CIFAR-10 batch pickles and image folders
with broken images, made by mutating real ones. Every case loads a consistent data set or ends in a
DatasetError naming the file; never another exception, code run from a pickle, a hang or a huge
allocation. In an image folder a broken image is skipped and counted in the notes."""

from __future__ import annotations

import gzip
import io
import os
import pickle
import struct
import subprocess
import zlib
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PIL import Image

from designer.engine.datasets.base import DatasetError
from designer.engine.datasets.image_folder import load_image_folder
from designer.engine.datasets.torchvision_sets import TORCHVISION_SETS, load_torchvision_set
from tests.engine.dataset_files import (
    MNIST_FILES,
    python2_pickle,
    sample_split,
    write_cifar10,
    write_image_folder,
    write_mnist,
)
from tests.fuzzing import ODD_VALUES, damaged_bytes, peak_memory_growth_below

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: Far more than any case needs: the valid sets are a few kilobytes.
MEMORY_MIB = 128


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    for spec in TORCHVISION_SETS.values():  # imports torchvision before any memory is watched
        assert spec.source
    return tmp_path_factory.mktemp("data")


def dataset_or_refusal(name: str, data_dir: Path) -> str:
    """'loaded' for a consistent data set, else the DatasetError's text (which must name a file)."""
    with peak_memory_growth_below(MEMORY_MIB):
        try:
            dataset = load_torchvision_set(name, data_dir, download=False)
        except DatasetError as error:
            refusal = str(error)
        else:
            classes = len(dataset.class_names)
            for split in (dataset.train, dataset.test):
                assert split.images.shape[1:] == dataset.sample_shape
                assert (
                    len(split.labels) == 0
                    or 0 <= int(split.labels.min()) <= int(split.labels.max()) < classes
                )
            return "loaded"
    assert refusal.startswith(str(data_dir)), refusal
    return refusal


# --- MNIST IDX files ----------------------------------------------------------------------------------------

MNIST_TRAIN, MNIST_TEST = sample_split(4, (28, 28), 10, seed=1), sample_split(2, (28, 28), 10, seed=2)


def mnist_folder(data_dir: Path, gzipped: bool) -> Path:
    """A fresh copy of the MNIST files, in a data folder of their own; returns that data folder."""
    folder = data_dir / ("mnist-gz" if gzipped else "mnist")
    write_mnist(folder, MNIST_TRAIN, MNIST_TEST, gzipped=gzipped)
    return folder


@FUZZ
@given(st.booleans(), st.sampled_from(MNIST_FILES), st.data())
def test_damaged_idx_files_load_or_are_named(data_dir, gzipped, file, data):
    folder = mnist_folder(data_dir, gzipped)
    path = folder / "MNIST" / "raw" / (file + (".gz" if gzipped else ""))
    path.write_bytes(data.draw(damaged_bytes(path.read_bytes())))
    event(dataset_or_refusal("mnist", folder)[-60:])


@FUZZ
@given(
    st.sampled_from(MNIST_FILES),
    st.one_of(
        st.just(b""), st.binary(min_size=4, max_size=4), st.sampled_from([b"\0\0\x08\x01", b"\0\0\x08\x03"])
    ),
    st.lists(st.one_of(st.integers(0, 30), st.integers(0, 2**32 - 1)), min_size=1, max_size=3),
)
def test_idx_headers_claiming_any_magic_and_sizes_allocate_nothing(data_dir, file, magic, sizes):
    """Sizes up to 2**32 - 1 in each dimension, with the bytes of the original data."""
    folder = mnist_folder(data_dir, gzipped=False)
    path = folder / "MNIST" / "raw" / file
    original = path.read_bytes()
    dims = original[3]
    changed = (magic or original[:4]) + struct.pack(f">{len(sizes)}I", *sizes) + original[4 + 4 * dims :]
    path.write_bytes(changed)
    event(dataset_or_refusal("mnist", folder)[-60:])


# --- CIFAR-10 batches ---------------------------------------------------------------------------------------

CIFAR_FILES = [f"data_batch_{i}" for i in range(1, 6)] + ["test_batch", "batches.meta"]
CIFAR_TRAIN, CIFAR_TEST = sample_split(5, (3, 32, 32), 10, seed=3), sample_split(2, (3, 32, 32), 10, seed=4)


class Forbidden:
    """Unpickling this would run ``function`` (a global no data file names) with ``arguments``."""

    def __init__(self, function, *arguments):
        self.function, self.arguments = function, arguments

    def __reduce__(self):
        return self.function, self.arguments


def cifar_folder(data_dir: Path) -> Path:
    folder = data_dir / "cifar"
    write_cifar10(folder, CIFAR_TRAIN, CIFAR_TEST)
    return folder


#: What a batch's values are replaced with: JSON-like values, arrays of any plain dtype and shape,
#: label lists with odd members.
BATCH_VALUES = st.one_of(
    ODD_VALUES,
    st.tuples(
        st.sampled_from([np.uint8, np.int64, np.float32, np.bool_, np.uint64]),
        st.lists(st.integers(0, 3100), max_size=3).filter(lambda shape: np.prod(shape) < 20_000),
    ).map(lambda spec: np.ones(spec[1], dtype=spec[0])),
    st.lists(
        st.one_of(st.integers(-(2**70), 2**70), st.floats(), st.binary(max_size=3), st.none()), max_size=3
    ),
)


@FUZZ
@given(st.sampled_from(CIFAR_FILES), st.data())
def test_damaged_cifar_batches_load_or_are_named(data_dir, file, data):
    folder = cifar_folder(data_dir)
    path = folder / "cifar-10-batches-py" / file
    path.write_bytes(data.draw(damaged_bytes(path.read_bytes())))
    event(dataset_or_refusal("cifar10", folder)[-60:])


@settings(FUZZ, max_examples=150)
@given(st.sampled_from([b"data", b"labels", b"filenames", b"other", 7]), st.booleans(), BATCH_VALUES)
def test_cifar_batches_with_values_of_any_type_load_or_are_named(data_dir, key, delete, value):
    folder = cifar_folder(data_dir)
    images, labels = CIFAR_TEST
    batch = {b"data": images.reshape(2, -1), b"labels": labels.tolist(), b"filenames": [b"a.png", b"b.png"]}
    if delete:
        batch.pop(key, None)
    else:
        batch[key] = value
    # Protocol 4 pickles any text (Python 2 strings are Latin-1) and arrays as numpy 2 does.
    (folder / "cifar-10-batches-py" / "test_batch").write_bytes(pickle.dumps(batch, protocol=4))
    event(dataset_or_refusal("cifar10", folder)[-60:])


@settings(FUZZ, max_examples=50)
@given(
    st.sampled_from([os.system, eval, exec, subprocess.call, getattr, np.load]),
    st.sampled_from(["data", "labels", "label list", "meta"]),
)
def test_pickles_naming_other_globals_are_refused_and_run_nothing(data_dir, function, where):
    folder = cifar_folder(data_dir)
    marker = data_dir / "ran"
    payload = Forbidden(function, f"touch {marker}" if function is os.system else str(marker))
    images, labels = CIFAR_TEST
    batch = {b"data": images.reshape(2, -1), b"labels": labels.tolist()}
    if where == "data":
        batch[b"data"] = payload
    elif where == "labels":
        batch[b"labels"] = payload
    else:
        batch[b"labels"] = [int(labels[0]), payload] if where == "label list" else labels.tolist()
    names = {b"label_names": [b"x"] * 9 + ([payload] if where == "meta" else [b"y"])}
    (folder / "cifar-10-batches-py" / "test_batch").write_bytes(python2_pickle(batch))
    (folder / "cifar-10-batches-py" / "batches.meta").write_bytes(python2_pickle(names))
    refusal = dataset_or_refusal("cifar10", folder)
    assert "is not a CIFAR-10 file: it asks to run " in refusal
    assert function.__name__ in refusal
    assert not marker.exists()


class ObjectArray:
    """Pickles as numpy pickles an array of objects, but with ``count`` objects for ``shape``."""

    def __init__(self, shape, count):
        self.shape, self.count = shape, count

    def __reduce__(self):
        reconstruct = np.empty(0).__reduce__()[0]
        state = (1, self.shape, np.dtype(object), False, list(range(self.count)))
        return reconstruct, (np.ndarray, (0,), b"b"), state


@pytest.mark.parametrize(
    ("labels", "problem"),
    [
        (ObjectArray((2,), 1), "cannot be unpickled"),  # numpy crashed reading the missing object
        (ObjectArray((2**30,), 0), "cannot be unpickled"),  # allocated and filled 8 GB
        ([10**30, 1], "has labels outside 0 to 9"),  # OverflowError; past int64 a number becomes -1
        ([float("nan"), 1.0], "has no list of whole numbers"),
        ([2**64 - 1, 0], "has labels outside 0 to 9"),  # numpy made them floats
        ([[1, 2], [3]], "has no list of whole numbers"),  # ValueError
    ],
)
def test_labels_that_numpy_mishandles_are_refused(data_dir, labels, problem):
    folder = cifar_folder(data_dir)
    images, _ = CIFAR_TEST
    path = folder / "cifar-10-batches-py" / "test_batch"
    path.write_bytes(pickle.dumps({b"data": images.reshape(2, -1), b"labels": labels}, protocol=4))
    refusal = dataset_or_refusal("cifar10", folder)
    assert refusal.startswith(f"{path} is not a valid CIFAR-10 file: it {problem}")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        # The C unpickler sized its memo by this index: 2**25 entries took 256 MB, 2**32 would take 32 GB.
        (b"\x80\x02}r" + struct.pack("<I", 2**25) + b".", "has no 'data' array"),
        # numpy.ndarray((2**25,), "O") made and zeroed 256 MB; any size or buffer could be asked for.
        (
            b"\x80\x02}U\x04datacnumpy\nndarray\nJ" + struct.pack("<i", 2**25) + b"\x85U\x01O\x86Rs.",
            "cannot be",
        ),
        # numpy.dtype walks (and prints) any object it is given; a dtype is named by a short text.
        (b"\x80\x02}U\x04datacnumpy\ndtype\n](K\x01e\x85Rs.", "cannot be unpickled"),
    ],
    ids=["memo index", "ndarray called", "dtype of a list"],
)
def test_crafted_pickles_that_allocate_or_walk_are_refused(data_dir, content, problem):
    folder = cifar_folder(data_dir)
    path = folder / "cifar-10-batches-py" / "test_batch"
    path.write_bytes(content)
    assert dataset_or_refusal("cifar10", folder).startswith(
        f"{path} is not a valid CIFAR-10 file: it {problem}"
    )


def test_keys_and_class_names_that_cannot_become_text_are_refused_or_ignored(data_dir):
    folder = cifar_folder(data_dir)
    images, labels = CIFAR_TEST
    path = folder / "cifar-10-batches-py" / "test_batch"
    batch = {b"data": images.reshape(2, -1), b"labels": labels.tolist(), 10**5000: 1, ((((),),),): 2}
    path.write_bytes(python2_pickle(batch))  # str() of such keys raised ValueError
    assert dataset_or_refusal("cifar10", folder) == "loaded"
    meta = folder / "cifar-10-batches-py" / "batches.meta"
    meta.write_bytes(python2_pickle({b"label_names": [b"x"] * 9 + [10**5000]}))
    assert dataset_or_refusal("cifar10", folder).startswith(
        f"{meta} is not a valid CIFAR-10 file: it does not"
    )


# --- Image folders ------------------------------------------------------------------------------------------


def png_header(width: int, height: int) -> bytes:
    """A PNG's signature and IHDR chunk claiming a grey image of this size, and a few bytes of its data."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(64)))


#: Damage that leaves no readable image, and damage that may or may not.
BROKEN = {
    "empty": lambda raw, draw: b"",
    "text": lambda raw, draw: b"name,label\ncat.png,0\n",
    "header only": lambda raw, draw: raw[: draw(st.integers(0, 40))],
    "absurd size": lambda raw, draw: png_header(100_000, 100_000),
    "over the limit": lambda raw, draw: png_header(10_000, 9_000),
}
MAYBE_BROKEN = {
    "damaged": lambda raw, draw: draw(damaged_bytes(raw)),
    "random": lambda raw, draw: draw(st.binary(max_size=200)),
}
rng = np.random.default_rng(5)
IMAGES = {
    name: [rng.integers(0, 256, (8, 8, 3), dtype=np.uint8) for _ in range(10)] for name in ("cats", "dogs")
}


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@settings(FUZZ, max_examples=80)
@given(st.data())
def test_image_folders_with_broken_images_skip_and_count_them(tmp_path_factory, data):
    root = tmp_path_factory.mktemp("images")
    paths = write_image_folder(root, {"cats": IMAGES["cats"]}, ".png")
    paths += write_image_folder(root, {"dogs": IMAGES["dogs"]}, ".jpg")
    broken = data.draw(
        st.dictionaries(st.sampled_from(paths), st.sampled_from(sorted(BROKEN | MAYBE_BROKEN)))
    )
    for path, kind in broken.items():
        path.write_bytes((BROKEN | MAYBE_BROKEN)[kind](path.read_bytes(), data.draw))
    surely = sum(kind in BROKEN for kind in broken.values())
    with peak_memory_growth_below(MEMORY_MIB):
        try:
            dataset = load_image_folder(root, 3, (8, 8))
        except DatasetError as error:
            refusal = str(error)
        else:
            refusal = None
    if refusal is not None:
        event("refused: a class without a readable training image")
        assert surely + len(broken) > 0
        assert refusal.startswith("None of the training images of class '")
        assert f"' in {root} could be read" in refusal
        return
    kept = len(dataset.train) + len(dataset.test)
    skipped = len(paths) - kept
    event(f"loaded, {skipped} skipped")
    assert surely <= skipped <= len(broken)
    if skipped:
        (note,) = dataset.notes
        assert note.startswith(f"Skipped {skipped} unreadable image")
        example = note.rsplit(" ", 1)[-1].removesuffix(".")
        assert root / example in broken
    else:
        assert dataset.notes == []


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_a_decompression_bomb_is_skipped_without_being_decoded(tmp_path):
    """A 100 KB PNG of 90 million grey pixels: Pillow only warns, and decoding it took 400 MB."""
    rows = zlib.compressobj(9)
    data = b"".join(rows.compress(bytes(10_001)) for _ in range(9_000)) + rows.flush()
    bomb = png_header(10_000, 9_000)
    bomb = bomb[: bomb.index(b"IDAT") - 4]
    bomb += struct.pack(">I", len(data)) + b"IDAT" + data + struct.pack(">I", zlib.crc32(b"IDAT" + data))
    bomb += struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND"))
    write_image_folder(tmp_path, {name: images[:3] for name, images in IMAGES.items()})
    (tmp_path / "cats" / "bomb.png").write_bytes(bomb)
    with Image.open(io.BytesIO(bomb)) as opened:
        assert opened.size == (10_000, 9_000)
    with peak_memory_growth_below(MEMORY_MIB):
        dataset = load_image_folder(tmp_path, 3, (8, 8))
    assert dataset.notes == ["Skipped 1 unreadable image: cats/bomb.png."]


def test_gzip_files_that_decompress_to_garbage_are_named(data_dir):
    folder = mnist_folder(data_dir, gzipped=True)
    path = folder / "MNIST" / "raw" / "t10k-labels-idx1-ubyte.gz"
    path.write_bytes(gzip.compress(b"\0\0\x08\x01" + struct.pack(">I", 2**32 - 1)))
    assert dataset_or_refusal("mnist", folder).startswith(f"{path} is not a valid MNIST file: it has 8 bytes")
