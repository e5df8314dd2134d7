"""The user's own images: one subfolder per class, optionally inside ``train/`` and ``test/`` folders.

Without ``train/`` and ``test/`` the images are split at random, per class, with a seed, so the same
folder always gives the same split. Small sets are decoded into memory (:meth:`ImageFolderIndex.load`);
sets too large for that are read file by file through :class:`ImageFiles` and a DataLoader.
"""

from __future__ import annotations

import os
import random
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import torch
import torch.utils.data
from PIL import Image, ImageOps

from designer.core.phrases import phrase
from designer.engine.datasets.base import Dataset, DatasetError, ImageData, Progress, Samples, no_progress

IMAGE_EXTENSIONS = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff"})

#: An image file and its class index.
Entry = tuple[Path, int]

_BLOCK = 32  # images decoded per thread-pool task
_COUNTER_SLOTS = 65  # the main process and up to 64 DataLoader workers
_SIXTEEN_BIT_MODES = frozenset({"I", "I;16", "I;16B", "I;16L", "I;16N"})
_ALPHA_MODES = frozenset({"RGBA", "RGBa", "LA", "La", "PA", "P"})
#: Larger images are not decoded (Pillow's threshold for a decompression bomb): a small file could
#: otherwise take gigabytes on every decoding thread at once.
MAX_PIXELS = 89_478_485


@dataclass(frozen=True)
class ImageFolderIndex:
    """The image files of a folder, split into train and test, before any is decoded."""

    root: Path
    class_names: tuple[str, ...]
    train: tuple[Entry, ...]
    test: tuple[Entry, ...]

    def in_memory_bytes(self, channels: int, size: tuple[int, int]) -> int:
        """Bytes that :meth:`load` needs for the decoded images, to choose it or :class:`ImageFiles`."""
        return (len(self.train) + len(self.test)) * channels * size[0] * size[1]

    def load(self, channels: int, size: tuple[int, int], progress: Progress = no_progress) -> Dataset:
        """Decode every image to ``channels`` (1 or 3) and ``size`` (height, width) into memory.

        Unreadable images are left out and mentioned in the data set's notes.
        """
        _check_format(channels, size)
        entries = self.train + self.test
        images, failed = _decode_all([path for path, _ in entries], channels, size, progress)
        labels = torch.tensor([label for _, label in entries], dtype=torch.int64)
        keep = torch.ones(len(entries), dtype=torch.bool)
        if failed:  # only then copy, so that memory peaks at one set of images
            keep[torch.tensor(failed)] = False
            images, labels = images[keep], labels[keep]
        split = int(keep[: len(self.train)].sum())
        train = ImageData(images[:split], labels[:split])
        test = ImageData(images[split:], labels[split:])
        present = set(train.labels.tolist())
        for number, name in enumerate(self.class_names):
            if number not in present:
                raise DatasetError(
                    phrase(
                        "None of the training images of class '{name}' in {folder} could be read; "
                        "replace them with images in a common format (PNG, JPEG)."
                    ).format(name=name, folder=self.root)
                )
        notes: list[str] = []
        if failed:
            example = entries[failed[0]][0].relative_to(self.root).as_posix()
            notes.append(
                phrase("Skipped 1 unreadable image: {example}.").format(example=example)
                if len(failed) == 1
                else phrase("Skipped {count} unreadable images, e.g. {example}.").format(
                    count=len(failed), example=example
                )
            )
        return Dataset(self.root.name, self.class_names, train, test, notes)

    def streaming(self, channels: int, size: tuple[int, int]) -> tuple[ImageFiles, ImageFiles]:
        """Train and test sets that decode each image when it is asked for."""
        return ImageFiles(self.train, channels, size), ImageFiles(self.test, channels, size)


def scan_image_folder(
    root: str | os.PathLike[str], *, test_fraction: float = 0.2, seed: int = 0
) -> ImageFolderIndex:
    """Find the classes and image files under ``root`` and split them into train and test.

    With ``train/`` and ``test/`` subfolders their split is used; otherwise ``test_fraction`` of each
    class (at least one image of each class with two or more) goes to the test set, chosen with ``seed``.
    Hidden files and folders are ignored; class names are the sorted folder names.
    """
    if not 0 <= test_fraction < 1:
        raise ValueError(f"test_fraction must be in [0, 1), got {test_fraction}")
    folder = Path(root)
    if not folder.is_dir():
        raise DatasetError(
            phrase(
                "The image folder {folder} does not exist; "
                "pick a folder with one subfolder of images per class."
            ).format(folder=folder)
        )
    rng = random.Random(seed)
    subfolders = {path.name.lower(): path for path in _subfolders(folder)}
    if "train" in subfolders and "test" in subfolders:
        train_classes = _classes(subfolders["train"])
        test_classes = _classes(subfolders["test"])
        if train_classes.keys() != test_classes.keys():
            only_train = ", ".join(sorted(train_classes.keys() - test_classes.keys())) or phrase("none")
            only_test = ", ".join(sorted(test_classes.keys() - train_classes.keys())) or phrase("none")
            raise DatasetError(
                phrase(
                    "The train and test folders in {folder} hold different classes (only in train: "
                    "{only_train}; only in test: {only_test}); give both the same class folders."
                ).format(folder=folder, only_train=only_train, only_test=only_test)
            )
        names = tuple(train_classes)
        train = [(path, number) for number, files in enumerate(train_classes.values()) for path in files]
        test = [(path, number) for number, files in enumerate(test_classes.values()) for path in files]
    else:
        classes = _classes(folder)
        names = tuple(classes)
        train, test = [], []
        for number, files in enumerate(classes.values()):
            shuffled = rng.sample(files, len(files))
            count = min(len(files) - 1, int(len(files) * test_fraction + 0.5))
            count = max(count, 1 if len(files) > 1 and test_fraction > 0 else 0)
            test += [(path, number) for path in shuffled[:count]]
            train += [(path, number) for path in shuffled[count:]]
    # Mixed order, so that the first N samples of a split hold every class.
    rng.shuffle(train)
    rng.shuffle(test)
    return ImageFolderIndex(folder, names, tuple(train), tuple(test))


def load_image_folder(
    root: str | os.PathLike[str],
    channels: int,
    size: tuple[int, int],
    *,
    test_fraction: float = 0.2,
    seed: int = 0,
    progress: Progress = no_progress,
) -> Dataset:
    """:func:`scan_image_folder` then :meth:`ImageFolderIndex.load`."""
    return scan_image_folder(root, test_fraction=test_fraction, seed=seed).load(channels, size, progress)


class ImageFiles(torch.utils.data.Dataset[tuple[torch.Tensor, int]]):
    """Image files decoded on demand to uint8 ``(C, H, W)``, for use with a DataLoader and its workers.

    An unreadable file yields a black image rather than stopping a worker. :attr:`unreadable` counts
    such reads across worker processes, so a bad file counts once per epoch. The count lives in a
    shared-memory tensor, one slot per worker so that no lock is needed, which DataLoader workers
    receive whether they are forked or spawned.
    """

    def __init__(self, entries: Sequence[Entry], channels: int, size: tuple[int, int]) -> None:
        _check_format(channels, size)
        self.entries = list(entries)
        self.channels = channels
        self.size = size
        self._unreadable = torch.zeros(_COUNTER_SLOTS, dtype=torch.int64).share_memory_()  # type: ignore[no-untyped-call]

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, index: int) -> tuple[torch.Tensor, int]:
        path, label = self.entries[index]
        image = torch.zeros((self.channels, *self.size), dtype=torch.uint8)
        try:
            image.numpy()[:] = _decode(path, self.channels, self.size)
        except Exception:  # any failure to decode a user's file means an unreadable image
            worker = torch.utils.data.get_worker_info()
            self._unreadable[0 if worker is None else 1 + worker.id % (_COUNTER_SLOTS - 1)] += 1
        return image, label

    @property
    def unreadable(self) -> int:
        return int(self._unreadable.sum())


def labels_of(samples: Samples) -> npt.NDArray[np.int64]:
    """The labels of a streamed split; from the file list when there is one, so nothing is decoded."""
    if isinstance(samples, ImageFiles):
        return np.array([label for _, label in samples.entries], dtype=np.int64)
    return np.array([samples[index][1] for index in range(len(samples))], dtype=np.int64)


def _check_format(channels: int, size: tuple[int, int]) -> None:
    if channels not in (1, 3) or min(size) < 1:
        raise ValueError(
            f"images can be decoded to 1 or 3 channels of a positive size, not {channels}, {size}"
        )


def _subfolders(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))


def _classes(folder: Path) -> dict[str, list[Path]]:
    """Each class folder's name and image files, sorted by name; at least two classes, none empty."""
    classes = {path.name: _image_files(path) for path in _subfolders(folder)}
    for name, files in classes.items():
        if not files:
            raise DatasetError(
                phrase(
                    "The class folder {folder} holds no images ({extensions}); add some or remove the folder."
                ).format(folder=folder / name, extensions=", ".join(sorted(IMAGE_EXTENSIONS)))
            )
    if len(classes) < 2:
        raise DatasetError(
            phrase(
                "{folder} needs at least two class folders of images, "
                "such as {cats} and {dogs}; it has {count}."
            ).format(
                folder=folder,
                cats=folder / "cats",
                dogs=folder / "dogs",
                count=len(classes) or phrase("none"),
            )
        )
    return classes


def _image_files(folder: Path) -> list[Path]:
    """Image files anywhere below ``folder`` in a stable order, skipping hidden files and folders."""
    found = []
    for parent, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [
            Path(parent, name)
            for name in sorted(files)
            if not name.startswith(".") and Path(name).suffix.lower() in IMAGE_EXTENSIONS
        ]
    return found


class TooLarge(ValueError):
    """An image file that claims more pixels than :data:`MAX_PIXELS`; it is not decoded."""


def upright_image(path: Path, draft: int) -> Image.Image:
    """An image file as training sees it before resizing: upright per its EXIF, 16-bit values scaled to
    8 bits, transparency over white. JPEGs decode at the smallest scale still ``draft`` pixels large."""
    with Image.open(path) as opened:
        opened.draft(None, (draft, draft))
        if opened.width * opened.height > MAX_PIXELS:
            raise TooLarge(f"{path} is too large to decode: {opened.width}x{opened.height} pixels")
        opened.load()
        ImageOps.exif_transpose(opened, in_place=True)  # in place: a large image is not copied
    image: Image.Image = opened
    if image.mode in _SIXTEEN_BIT_MODES:
        image = Image.fromarray((np.clip(np.asarray(image), 0, 65535) >> 8).astype(np.uint8))
    elif image.mode in _ALPHA_MODES:
        image = Image.alpha_composite(Image.new("RGBA", image.size, "white"), image.convert("RGBA"))
    return image


def _decode(path: Path, channels: int, size: tuple[int, int]) -> np.ndarray:
    """One image as uint8 ``(C, H, W)``, resized bilinearly to ``size``."""
    height, width = size
    image = upright_image(path, max(size)).convert("RGB" if channels == 3 else "L")
    if image.size != (width, height):
        image = image.resize((width, height), Image.Resampling.BILINEAR, reducing_gap=3.0)
    array = np.asarray(image)
    return array[np.newaxis] if channels == 1 else array.transpose(2, 0, 1)


def _decode_all(
    paths: list[Path], channels: int, size: tuple[int, int], progress: Progress
) -> tuple[torch.Tensor, list[int]]:
    """Decode ``paths`` on all cores into one tensor; also the indices of the unreadable ones."""
    images = torch.zeros((len(paths), channels, *size), dtype=torch.uint8)
    target = images.numpy()

    def decode_block(start: int) -> list[int]:
        failed = []
        for index in range(start, min(start + _BLOCK, len(paths))):
            try:
                target[index] = _decode(paths[index], channels, size)
            except Exception:  # any failure to decode a user's file means an unreadable image
                failed.append(index)
        return failed

    failed: list[int] = []
    done = reported = 0
    executor = ThreadPoolExecutor(max_workers=os.cpu_count() or 1)
    try:
        futures = {executor.submit(decode_block, start): start for start in range(0, len(paths), _BLOCK)}
        for future in as_completed(futures):
            failed += future.result()
            done += min(_BLOCK, len(paths) - futures[future])
            if done * 200 // len(paths) > reported or done == len(paths):
                reported = done * 200 // len(paths)
                progress(
                    phrase("Reading images ({done:,} of {total:,})").format(done=done, total=len(paths)),
                    done / len(paths),
                )
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    return images, sorted(failed)
