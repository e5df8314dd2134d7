"""Tiny data set files in the real on-disk formats, for tests that load them the way users do.

MNIST-style IDX files (plain or gzipped, in torchvision's ``<data>/MNIST/raw`` layout), CIFAR python
batches pickled as Python 2 wrote them, archives as torchvision downloads them, and image folders.
"""

from __future__ import annotations

import gzip
import io
import pickle
import struct
import tarfile
from pathlib import Path

import numpy as np
from PIL import Image

from designer.engine.datasets.torchvision_sets import CIFAR10_CLASSES, CIFAR100_CLASSES

#: Images ``(N, ...)`` uint8 and labels ``(N,)`` int64.
Split = tuple[np.ndarray, np.ndarray]

MNIST_FILES = (
    "train-images-idx3-ubyte",
    "train-labels-idx1-ubyte",
    "t10k-images-idx3-ubyte",
    "t10k-labels-idx1-ubyte",
)


def sample_split(count: int, shape: tuple[int, ...], classes: int, seed: int = 0) -> Split:
    """Random images of ``shape`` and labels that use every class when ``count`` allows."""
    rng = np.random.default_rng(seed)
    images = rng.integers(0, 256, size=(count, *shape), dtype=np.uint8)
    labels = (np.arange(count) + rng.integers(0, classes)) % classes
    return images, labels.astype(np.int64)


def write_idx(path: Path, array: np.ndarray) -> Path:
    """An IDX file of unsigned bytes (magic ``00 00 08 ndim``, big-endian sizes); gzipped if named .gz."""
    data = bytes((0, 0, 8, array.ndim)) + struct.pack(f">{array.ndim}I", *array.shape)
    data += np.ascontiguousarray(array, dtype=np.uint8).tobytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path


def write_mnist(
    data_dir: Path, train: Split, test: Split, *, folder: str = "MNIST", gzipped: bool = False
) -> Path:
    """The four MNIST files in ``<data_dir>/<folder>/raw``; returns that raw folder."""
    raw = data_dir / folder / "raw"
    suffix = ".gz" if gzipped else ""
    for name, array in zip(MNIST_FILES, (train[0], train[1], test[0], test[1]), strict=True):
        write_idx(raw / f"{name}{suffix}", array)
    return raw


def write_fashion_mnist(data_dir: Path, train: Split, test: Split, *, gzipped: bool = False) -> Path:
    return write_mnist(data_dir, train, test, folder="FashionMNIST", gzipped=gzipped)


class _Python2Pickler(pickle._Pickler):
    """Writes bytes and str as Python 2 strings and numpy 1's module names, as in the CIFAR files."""

    dispatch = dict(pickle._Pickler.dispatch)

    def save_bytes(self, obj: bytes) -> None:
        size = len(obj)
        opcode = (
            pickle.SHORT_BINSTRING + bytes([size])
            if size < 256
            else pickle.BINSTRING + struct.pack("<i", size)
        )
        self.write(opcode + obj)
        self.memoize(obj)

    def save_str(self, obj: str) -> None:
        self.save_bytes(obj.encode("latin-1"))

    dispatch[bytes] = save_bytes
    dispatch[str] = save_str


def python2_pickle(obj: object) -> bytes:
    """``obj`` pickled the way Python 2's cPickle with numpy 1 wrote the CIFAR batches (protocol 2)."""
    buffer = io.BytesIO()
    _Python2Pickler(buffer, protocol=2).dump(obj)
    return buffer.getvalue().replace(b"cnumpy._core.multiarray\n", b"cnumpy.core.multiarray\n")


def _batch(images: np.ndarray, labels: np.ndarray, label_key: bytes, name: str) -> dict[bytes, object]:
    return {
        b"batch_label": name.encode(),
        label_key: [int(label) for label in labels],
        b"data": images.reshape(len(images), -1),
        b"filenames": [f"image_{i}.png".encode() for i in range(len(images))],
    }


def write_cifar10(data_dir: Path, train: Split, test: Split, *, meta: bool = True) -> Path:
    """``<data_dir>/cifar-10-batches-py`` with the training set spread over five batches."""
    folder = data_dir / "cifar-10-batches-py"
    folder.mkdir(parents=True, exist_ok=True)
    parts = np.array_split(np.arange(len(train[0])), 5)
    for number, part in enumerate(parts, 1):
        batch = _batch(train[0][part], train[1][part], b"labels", f"training batch {number} of 5")
        (folder / f"data_batch_{number}").write_bytes(python2_pickle(batch))
    (folder / "test_batch").write_bytes(python2_pickle(_batch(*test, b"labels", "testing batch 1 of 1")))
    if meta:
        names = {b"label_names": [n.encode() for n in CIFAR10_CLASSES], b"num_cases_per_batch": 10000}
        (folder / "batches.meta").write_bytes(python2_pickle(names))
    return folder


def write_cifar100(data_dir: Path, train: Split, test: Split, *, meta: bool = True) -> Path:
    """``<data_dir>/cifar-100-python`` with ``train``, ``test`` and ``meta``."""
    folder = data_dir / "cifar-100-python"
    folder.mkdir(parents=True, exist_ok=True)
    for name, (images, labels) in (("train", train), ("test", test)):
        batch = _batch(images, labels, b"fine_labels", name)
        batch[b"coarse_labels"] = [int(label) // 5 for label in labels]
        (folder / name).write_bytes(python2_pickle(batch))
    if meta:
        names = {
            b"fine_label_names": [n.encode() for n in CIFAR100_CLASSES],
            b"coarse_label_names": [f"superclass_{i}".encode() for i in range(20)],
        }
        (folder / "meta").write_bytes(python2_pickle(names))
    return folder


def tar_gz(folder: Path) -> bytes:
    """``folder`` as a .tar.gz holding it by name, as the CIFAR archives hold their folder."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        archive.add(folder, arcname=folder.name)
    return buffer.getvalue()


def write_image(path: Path, image: np.ndarray | Image.Image) -> Path:
    """An image file from a Pillow image or ``(H, W)`` / ``(H, W, 3)`` pixels; the suffix sets the format."""
    path.parent.mkdir(parents=True, exist_ok=True)
    (image if isinstance(image, Image.Image) else Image.fromarray(image)).save(path)
    return path


def write_image_folder(
    root: Path, classes: dict[str, list[np.ndarray | Image.Image]], suffix: str = ".png"
) -> list[Path]:
    """``root/<class>/<class>_<i><suffix>`` for every array; returns the paths in order."""
    return [
        write_image(root / name / f"{name}_{i}{suffix}", array)
        for name, arrays in classes.items()
        for i, array in enumerate(arrays)
    ]


def write_broken_image(path: Path) -> Path:
    """A file with an image's name whose bytes are not an image."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x89PNG\r\n\x1a\nthis is not really a PNG")
    return path
