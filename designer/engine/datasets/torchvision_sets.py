"""MNIST, Fashion-MNIST, CIFAR-10 and CIFAR-100, read from torchvision's folder layout.

The files are read here rather than through torchvision's data set classes: CIFAR batches are pickles,
which are unpickled with an allowlist instead of ``pickle.load``, and downloads report byte progress.
The download sources and checksums still come from torchvision's own metadata.
"""

from __future__ import annotations

import gzip
import http.client
import math
import os
import pickle
import ssl
import struct
import tempfile
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, cast

import numpy as np
import torch

from designer.core.phrases import joined, message_of, phrase
from designer.engine.datasets.base import Dataset, DatasetError, ImageData, Progress, no_progress
from designer.engine.folders import default_data_folder

MNIST_CLASSES = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
FASHION_MNIST_CLASSES = (
    "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
)  # fmt: skip
CIFAR10_CLASSES = ("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck")
CIFAR100_CLASSES = (
    "apple", "aquarium_fish", "baby", "bear", "beaver", "bed", "bee", "beetle", "bicycle",
    "bottle", "bowl", "boy", "bridge", "bus", "butterfly", "camel", "can", "castle",
    "caterpillar", "cattle", "chair", "chimpanzee", "clock", "cloud", "cockroach", "couch", "crab",
    "crocodile", "cup", "dinosaur", "dolphin", "elephant", "flatfish", "forest", "fox", "girl",
    "hamster", "house", "kangaroo", "keyboard", "lamp", "lawn_mower", "leopard", "lion", "lizard",
    "lobster", "man", "maple_tree", "motorcycle", "mountain", "mouse", "mushroom", "oak_tree", "orange",
    "orchid", "otter", "palm_tree", "pear", "pickup_truck", "pine_tree", "plain", "plate", "poppy",
    "porcupine", "possum", "rabbit", "raccoon", "ray", "road", "rocket", "rose", "sea",
    "seal", "shark", "shrew", "skunk", "skyscraper", "snail", "snake", "spider", "squirrel",
    "streetcar", "sunflower", "sweet_pepper", "table", "tank", "telephone", "television", "tiger", "tractor",
    "train", "trout", "tulip", "turtle", "wardrobe", "whale", "willow_tree", "wolf", "woman",
    "worm",
)  # fmt: skip

_CHUNK = 256 * 1024
_NETWORK_ERRORS = (
    urllib.error.URLError,
    http.client.HTTPException,
    ConnectionError,
    TimeoutError,
    ssl.SSLError,
)
_TIMEOUT_S = 30
_USER_AGENT = "cnn-designer"


@dataclass(frozen=True)
class TorchvisionSet:
    """What the catalogue shows about a data set before anything is downloaded."""

    key: str
    title: str
    class_names: tuple[str, ...]
    sample_shape: tuple[int, int, int]
    train_size: int
    test_size: int
    download_mb: int
    #: Where torchvision keeps the files, relative to the data folder.
    folder: str
    #: The torchvision class whose metadata names the files, mirrors and checksums.
    source_name: str

    def location(self, data_dir: Path) -> Path:
        return data_dir / self.folder

    @property
    def is_cifar(self) -> bool:
        return self.source_name.startswith("CIFAR")

    @property
    def source(self) -> Any:
        """The torchvision class, imported on first use since torchvision takes seconds to import."""
        return getattr(_torchvision_datasets(), self.source_name)


TORCHVISION_SETS: dict[str, TorchvisionSet] = {s.key: s for s in (
    TorchvisionSet("mnist", "MNIST", MNIST_CLASSES, (1, 28, 28), 60000, 10000, 12, "MNIST/raw", "MNIST"),
    TorchvisionSet(
        "fashion_mnist", "Fashion-MNIST", FASHION_MNIST_CLASSES, (1, 28, 28), 60000, 10000, 31,
        "FashionMNIST/raw", "FashionMNIST",
    ),
    TorchvisionSet(
        "cifar10", "CIFAR-10", CIFAR10_CLASSES, (3, 32, 32), 50000, 10000, 163, "cifar-10-batches-py",
        "CIFAR10",
    ),
    TorchvisionSet(
        "cifar100", "CIFAR-100", CIFAR100_CLASSES, (3, 32, 32), 50000, 10000, 161, "cifar-100-python",
        "CIFAR100",
    ),
)}  # fmt: skip


def load_torchvision_set(
    name: str,
    data_dir: str | os.PathLike[str] | None = None,
    *,
    download: bool = True,
    progress: Progress = no_progress,
) -> Dataset:
    """Read a data set from ``data_dir`` (the default data folder when None), downloading it if allowed.

    ``progress`` may raise to cancel a download; the partial file is removed.
    """
    spec = _spec(name)
    folder = Path(data_dir) if data_dir is not None else default_data_folder()
    location = spec.location(folder)
    if not is_present(name, folder):
        if not download:
            raise DatasetError(
                phrase(
                    "{title} is not in {folder}; switch on downloading or put the files in {location}."
                ).format(title=spec.title, folder=folder, location=location)
            )
        _download_set(spec, folder, progress)
    if spec.is_cifar:
        return _read_cifar(spec, location, progress)
    return _read_mnist(spec, location, progress)


def is_present(name: str, data_dir: str | os.PathLike[str] | None = None) -> bool:
    """Whether the set's files are in ``data_dir``, so loading needs no network."""
    spec = _spec(name)
    location = spec.location(Path(data_dir) if data_dir is not None else default_data_folder())
    return all(_find(location, file) is not None for file in _file_names(spec))


def _spec(name: str) -> TorchvisionSet:
    try:
        return TORCHVISION_SETS[name]
    except KeyError:
        raise DatasetError(
            phrase("Unknown data set {name!r}; choose one of {names}.").format(
                name=name, names=", ".join(TORCHVISION_SETS)
            )
        ) from None


def _file_names(spec: TorchvisionSet) -> list[str]:
    if spec.is_cifar:
        return [file for file, _ in spec.source.train_list + spec.source.test_list]
    return [file.removesuffix(".gz") for file, _ in spec.source.resources]


def _torchvision_datasets() -> Any:
    import torchvision.datasets  # type: ignore[import-untyped]

    return torchvision.datasets


def _find(location: Path, file: str) -> Path | None:
    """The file itself, else its gzipped form (MNIST files as torchvision downloads them)."""
    for candidate in (location / file, location / f"{file}.gz"):
        if candidate.is_file():
            return candidate
    return None


class _DownloadFailed(Exception):
    """A download that did not arrive intact; the text (a phrase) is the reason shown in brackets."""


def _download_set(spec: TorchvisionSet, data_dir: Path, progress: Progress) -> None:
    location = spec.location(data_dir)
    utils = _torchvision_datasets().utils
    try:
        if spec.is_cifar:
            archive = data_dir / spec.source.filename
            if not utils.check_integrity(archive, spec.source.tgz_md5):
                _fetch([spec.source.url], archive, spec.source.tgz_md5, spec.title, progress)
            progress(phrase("Unpacking {title}").format(title=spec.title), None)
            utils.extract_archive(archive, data_dir)
            archive.unlink()
        else:
            missing = [
                (f, md5) for f, md5 in spec.source.resources if _find(location, f.removesuffix(".gz")) is None
            ]
            for number, (file, md5) in enumerate(missing, 1):
                label = (
                    phrase("{title}, file {number} of {count}").format(
                        title=spec.title, number=number, count=len(missing)
                    )
                    if len(missing) > 1
                    else spec.title
                )
                urls = [f"{mirror}{file}" for mirror in spec.source.mirrors]
                _fetch(urls, location / file, md5, label, progress)
                utils.extract_archive(location / file, location)
    except _DownloadFailed as failure:
        raise DatasetError(
            phrase(
                "{title} is not in {folder} and could not be downloaded ({reason}). "
                "Put the files in {location} or pick another data set."
            ).format(title=spec.title, folder=data_dir, reason=message_of(failure), location=location)
        ) from None
    except OSError as error:
        raise DatasetError(
            phrase("Could not save {title} in {folder}: {error}.").format(
                title=spec.title, folder=data_dir, error=error.strerror or str(error)
            )
        ) from error


def _fetch(urls: list[str], target: Path, md5: str, label: str, progress: Progress) -> None:
    """Download from the first of ``urls`` that works; otherwise fail with every URL's reason."""
    target.parent.mkdir(parents=True, exist_ok=True)
    reasons = []
    for url in urls:
        try:
            _download(url, target, md5, label, progress)
        except _DownloadFailed as failure:
            reasons.append(message_of(failure))
        else:
            return
    raise _DownloadFailed(joined(dict.fromkeys(reasons)))


def _download(url: str, target: Path, md5: str, label: str, progress: Progress) -> None:
    """Stream ``url`` into a temporary file beside ``target``, check its md5, then rename it."""
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            _stream(url, handle, label, progress)
        if not _torchvision_datasets().utils.check_integrity(temp, md5):
            raise _DownloadFailed(phrase("the download from {url} was corrupt").format(url=url))
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def _stream(url: str, handle: BinaryIO, label: str, progress: Progress) -> None:
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT_S) as response:
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            done = 0
            while chunk := response.read(_CHUNK):
                handle.write(chunk)
                done += len(chunk)
                if total:
                    progress(
                        phrase("Downloading {label} ({done:.1f} of {total:.1f} MB)").format(
                            label=label, done=done / 1e6, total=total / 1e6
                        ),
                        min(done / total, 1),
                    )
                else:
                    progress(
                        phrase("Downloading {label} ({done:.1f} MB)").format(label=label, done=done / 1e6),
                        None,
                    )
    except _NETWORK_ERRORS as error:
        raise _DownloadFailed(_reason(error)) from error
    if total is not None and done != total:
        raise _DownloadFailed(phrase("the connection broke off"))


def _reason(error: Exception) -> str:
    if isinstance(error, urllib.error.HTTPError):
        return phrase("the server answered {code} {reason}").format(code=error.code, reason=str(error.reason))
    if isinstance(error, urllib.error.URLError):
        if isinstance(error.reason, ssl.SSLError):
            return phrase("secure connection failed: {reason}").format(reason=str(error.reason))
        return phrase("no network")
    if isinstance(error, TimeoutError):
        return phrase("the connection timed out")
    return phrase("the connection broke off")


def _read_mnist(spec: TorchvisionSet, location: Path, progress: Progress) -> Dataset:
    # train images, train labels, test images, test labels
    paths = [cast(Path, _find(location, file)) for file in _file_names(spec)]
    arrays = []
    for number, path in enumerate(paths):
        progress(phrase("Reading {title}").format(title=spec.title), number / len(paths))
        arrays.append(_read_idx(path, dims=1 if "labels" in path.name else 3, title=spec.title))
    progress(phrase("Reading {title}").format(title=spec.title), 1.0)
    splits = []
    for start in (0, 2):
        (images, labels), (image_path, label_path) = arrays[start : start + 2], paths[start : start + 2]
        if images.shape[1:] != spec.sample_shape[1:]:
            size = "x".join(str(d) for d in images.shape[1:])
            raise _corrupt(image_path, spec.title, phrase("holds {size} images, not 28x28").format(size=size))
        if len(images) != len(labels):
            raise _corrupt(
                label_path,
                spec.title,
                phrase("holds {labels} labels for {images} images").format(
                    labels=len(labels), images=len(images)
                ),
            )
        _check_labels(labels, len(spec.class_names), label_path, spec.title)
        splits.append(ImageData(images.unsqueeze(1), labels.long()))
    return Dataset(spec.key, spec.class_names, splits[0], splits[1])


def _read_idx(path: Path, dims: int, title: str) -> torch.Tensor:
    """An IDX file of unsigned bytes (magic ``00 00 08 dims``), plain or gzipped, as a uint8 tensor."""
    try:
        raw = path.read_bytes()
        data = gzip.decompress(raw) if path.suffix == ".gz" else raw
    except (OSError, EOFError, zlib.error) as error:
        raise _corrupt(path, title, phrase("cannot be read ({error})").format(error=str(error))) from error
    header = 4 + 4 * dims
    if len(data) < header or data[:4] != bytes((0, 0, 8, dims)):
        raise _corrupt(
            path, title, phrase("is not an IDX file of {dims}-dimensional unsigned bytes").format(dims=dims)
        )
    shape = struct.unpack(f">{dims}I", data[4:header])
    if len(data) != header + math.prod(shape):
        raise _corrupt(
            path,
            title,
            phrase("has {size} bytes where its header promises {promised}").format(
                size=len(data), promised=header + math.prod(shape)
            ),
        )
    return torch.frombuffer(bytearray(data[header:]), dtype=torch.uint8).reshape(shape)


_RECONSTRUCT = cast(tuple[Any, ...], np.empty(0).__reduce__())[0]


class _PlainArray(np.ndarray[Any, Any]):
    """A pickled array admitted only as plain numbers and their bytes: numpy crashes on an array of
    objects whose pickle lists too few of them, and a pickled dtype may claim to hold objects."""

    def __setstate__(self, state: Any) -> None:
        dtype = state[2] if isinstance(state, tuple) and len(state) == 5 else None
        if not (isinstance(dtype, np.dtype) and dtype.kind in "biuf" and isinstance(state[4], bytes)):
            raise pickle.UnpicklingError("an array of something other than plain numbers")
        super().__setstate__((state[0], state[1], np.dtype(dtype.str), state[3], state[4]))


def _empty_array(subtype: object, shape: object, dtype: object) -> _PlainArray:
    """An empty array for the pickle to fill: its own shape and dtype are ignored, so that they cannot
    allocate anything."""
    return cast(_PlainArray, _RECONSTRUCT(_PlainArray, (0,), "u1"))


def _plain_dtype(spec: object, align: object = False, copy: object = False) -> np.dtype[Any]:
    """A dtype named by a short text such as ``u1``; numpy's own constructor takes any object, and
    reading a crafted one (such as lists that share their items, nested deep) could take forever."""
    if not isinstance(spec, bytes | str) or len(spec) > 8:
        raise pickle.UnpicklingError("a dtype that is not named by a short text")
    return np.dtype(spec.decode("latin-1") if isinstance(spec, bytes) else spec)


class _NdarrayName:
    """What ``numpy.ndarray`` stands for in a batch: only ever the argument of :func:`_empty_array`. Called
    directly, ``numpy.ndarray`` would make arrays of any size, on any buffer."""


#: The only globals a CIFAR batch refers to: numpy's array reconstruction (under numpy 1 and 2 names).
_ALLOWED_GLOBALS: dict[tuple[str, str], Any] = {
    ("numpy.core.multiarray", "_reconstruct"): _empty_array,
    ("numpy._core.multiarray", "_reconstruct"): _empty_array,
    ("numpy", "ndarray"): _NdarrayName,
    ("numpy", "dtype"): _plain_dtype,
}


class _RefusedGlobal(pickle.UnpicklingError):
    pass


class _BatchUnpickler(pickle._Unpickler):
    """Unpickles dicts, lists, strings, numbers and numpy arrays, and nothing that could run code.

    It is the pure-Python unpickler: the C one sizes its memo by the largest index a file names, so a
    four-byte index took gigabytes.
    """

    def find_class(self, module: str, name: str) -> Any:
        try:
            return _ALLOWED_GLOBALS[(module, name)]
        except KeyError:
            raise _RefusedGlobal(f"{module}.{name}") from None


def _unpickle(path: Path, title: str) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            loaded = _BatchUnpickler(handle, encoding="bytes").load()
    except _RefusedGlobal as refused:
        raise DatasetError(
            phrase(
                "{path} is not a {title} file: it asks to run {code}, which a data file never needs, "
                "so it was not loaded. Delete it and get the data set again."
            ).format(path=path, title=title, code=str(refused))
        ) from None
    except Exception as error:  # any failure to parse untrusted bytes means a corrupt file
        problem = phrase("cannot be unpickled ({kind}: {error})").format(
            kind=type(error).__name__, error=str(error)
        )
        raise _corrupt(path, title, problem) from None
    if not isinstance(loaded, dict):
        raise _corrupt(
            path, title, phrase("holds a {kind} instead of a dictionary").format(kind=type(loaded).__name__)
        )
    return {
        key.decode("latin-1") if isinstance(key, bytes) else key: value
        for key, value in loaded.items()
        if isinstance(key, bytes | str)
    }


def _read_cifar(spec: TorchvisionSet, location: Path, progress: Progress) -> Dataset:
    label_key = "labels" if spec.key == "cifar10" else "fine_labels"
    class_names = _cifar_class_names(spec, location)
    splits = []
    files = _file_names(spec)
    done = 0
    for batch_list in (spec.source.train_list, spec.source.test_list):
        images, labels = [], []
        for file, _ in batch_list:
            progress(phrase("Reading {title}").format(title=spec.title), done / len(files))
            done += 1
            path = location / file
            batch = _unpickle(path, spec.title)
            data, batch_labels = batch.get("data"), batch.get(label_key)
            if (
                not isinstance(data, np.ndarray)
                or data.dtype != np.uint8
                or data.ndim != 2
                or data.shape[1] != 3072
            ):
                raise _corrupt(
                    path, spec.title, phrase("has no 'data' array of uint8 rows of 3072 pixel values")
                )
            values = _whole_numbers(batch_labels)
            if values is None:
                raise _corrupt(
                    path,
                    spec.title,
                    phrase("has no list of whole numbers under {key!r}").format(key=label_key),
                )
            label_tensor = torch.from_numpy(values)
            if label_tensor.shape != (len(data),):
                raise _corrupt(
                    path,
                    spec.title,
                    phrase("holds {images} images but {labels} labels").format(
                        images=len(data), labels=label_tensor.numel()
                    ),
                )
            _check_labels(label_tensor, len(class_names), path, spec.title)
            images.append(torch.from_numpy(data.reshape(-1, 3, 32, 32).copy()))
            labels.append(label_tensor)
        splits.append(ImageData(torch.cat(images), torch.cat(labels)))
    progress(phrase("Reading {title}").format(title=spec.title), 1.0)
    return Dataset(spec.key, class_names, splits[0], splits[1])


def _whole_numbers(value: object) -> np.ndarray[Any, np.dtype[np.int64]] | None:
    """A list of whole numbers or an array of integers as int64, else None. Numbers past int64 become
    negative, which the range check refuses; nothing else is converted, so no nesting is walked."""
    if isinstance(value, np.ndarray):
        return value.astype(np.int64) if value.dtype.kind in "iu" and value.ndim == 1 else None
    if not isinstance(value, list) or not all(type(v) is int for v in value):
        return None
    return np.array([v if -(2**63) <= v < 2**63 else -1 for v in value], dtype=np.int64)


def _cifar_class_names(spec: TorchvisionSet, location: Path) -> tuple[str, ...]:
    """The names in the meta file when there is one, else the standard names."""
    path = location / spec.source.meta["filename"]
    if not path.is_file():
        return spec.class_names
    names = _unpickle(path, spec.title).get(spec.source.meta["key"])
    if (
        not isinstance(names, list)
        or len(names) != len(spec.class_names)
        or not all(isinstance(n, bytes | str) for n in names)
    ):
        raise _corrupt(
            path, spec.title, phrase("does not list {count} class names").format(count=len(spec.class_names))
        )
    return tuple(n.decode("utf-8", "replace") if isinstance(n, bytes) else n for n in names)


def _check_labels(labels: torch.Tensor, classes: int, path: Path, title: str) -> None:
    if len(labels) and (int(labels.min()) < 0 or int(labels.max()) >= classes):
        raise _corrupt(path, title, phrase("has labels outside 0 to {last}").format(last=classes - 1))


def _corrupt(path: Path, title: str, problem: str) -> DatasetError:
    """The error for a damaged data file; ``problem`` (a phrase) says what it does wrong."""
    return DatasetError(
        phrase(
            "{path} is not a valid {title} file: it {problem}. Delete it and get the data set again."
        ).format(path=path, title=title, problem=problem)
    )
