"""MNIST, Fashion-MNIST and CIFAR read from tiny files in the real formats; downloads with a fake network."""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import pickle
import socket
import urllib.error
import urllib.request

import numpy as np
import pytest
import torch
from torchvision.datasets import CIFAR10, MNIST

from designer.engine.datasets import torchvision_sets
from designer.engine.datasets.base import DatasetError
from designer.engine.datasets.torchvision_sets import (
    CIFAR100_CLASSES,
    FASHION_MNIST_CLASSES,
    MNIST_CLASSES,
    TORCHVISION_SETS,
    is_present,
    load_torchvision_set,
)
from tests.engine.dataset_files import (
    MNIST_FILES,
    python2_pickle,
    sample_split,
    tar_gz,
    write_cifar10,
    write_cifar100,
    write_fashion_mnist,
    write_idx,
    write_mnist,
)

TORCHVISION_NAMES = {"mnist": MNIST_CLASSES, "fashion_mnist": FASHION_MNIST_CLASSES}


class FakeResponse(io.BytesIO):
    """What ``urlopen`` returns: a readable body and headers."""

    def __init__(self, body: bytes, length: int | None = None) -> None:
        super().__init__(body)
        self.headers = {"Content-Length": str(len(body) if length is None else length)}


class FakeNetwork:
    """Serves ``files`` by URL; other URLs answer 404. Records the URLs asked for."""

    def __init__(self, files: dict[str, bytes], lengths: dict[str, int] | None = None) -> None:
        self.files = files
        self.lengths = lengths or {}
        self.requested: list[str] = []

    def __call__(self, request: urllib.request.Request, timeout: float | None = None) -> FakeResponse:
        url = request.full_url
        self.requested.append(url)
        if url not in self.files:
            raise urllib.error.HTTPError(url, 404, "Not Found", None, None)  # type: ignore[arg-type]
        return FakeResponse(self.files[url], self.lengths.get(url))


def offline(request: urllib.request.Request, timeout: float | None = None) -> FakeResponse:
    raise urllib.error.URLError(socket.gaierror(-3, "Temporary failure in name resolution"))


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


def record():
    calls: list[tuple[str, float | None]] = []
    return calls, lambda message, fraction: calls.append((message, fraction))


def all_files(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


# --- Reading what is on disk ------------------------------------------------------------------------------


@pytest.mark.parametrize("gzipped", [False, True])
@pytest.mark.parametrize("name", ["mnist", "fashion_mnist"])
def test_mnist_family_round_trips_pixels_and_labels(data_dir, name, gzipped, monkeypatch):
    monkeypatch.setattr(urllib.request, "urlopen", offline)
    train, test = sample_split(7, (28, 28), 10, seed=1), sample_split(3, (28, 28), 10, seed=2)
    writer = write_mnist if name == "mnist" else write_fashion_mnist
    writer(data_dir, train, test, gzipped=gzipped)
    calls, progress = record()

    dataset = load_torchvision_set(name, data_dir, download=True, progress=progress)

    assert dataset.name == name
    assert dataset.class_names == TORCHVISION_NAMES[name]
    assert dataset.sample_shape == (1, 28, 28)
    torch.testing.assert_close(dataset.train.images, torch.from_numpy(train[0]).unsqueeze(1), rtol=0, atol=0)
    torch.testing.assert_close(dataset.train.labels, torch.from_numpy(train[1]))
    torch.testing.assert_close(dataset.test.images, torch.from_numpy(test[0]).unsqueeze(1), rtol=0, atol=0)
    assert dataset.test.labels.tolist() == test[1].tolist()
    assert calls[-1][1] == 1.0
    assert all(message.startswith("Reading") for message, _ in calls)


def test_cifar10_round_trips_pixels_labels_and_class_names(data_dir):
    train, test = sample_split(12, (3, 32, 32), 10, seed=3), sample_split(4, (3, 32, 32), 10, seed=4)
    write_cifar10(data_dir, train, test)

    dataset = load_torchvision_set("cifar10", data_dir, download=False)

    assert dataset.sample_shape == (3, 32, 32)
    assert dataset.class_names[:3] == ("airplane", "automobile", "bird")
    assert torch.equal(dataset.train.images, torch.from_numpy(train[0]))
    assert dataset.train.labels.tolist() == train[1].tolist()
    assert torch.equal(dataset.test.images, torch.from_numpy(test[0]))
    assert dataset.test.labels.dtype == torch.int64


def test_cifar100_reads_fine_labels_and_100_names(data_dir):
    train, test = sample_split(120, (3, 32, 32), 100, seed=5), sample_split(5, (3, 32, 32), 100, seed=6)
    write_cifar100(data_dir, train, test)

    dataset = load_torchvision_set("cifar100", data_dir, download=False)

    assert dataset.class_names == CIFAR100_CLASSES
    assert dataset.train.labels.tolist() == train[1].tolist()
    assert int(dataset.train.labels.max()) == 99
    assert torch.equal(dataset.test.images, torch.from_numpy(test[0]))


def test_cifar_names_come_from_the_meta_file_else_the_standard_list(data_dir):
    train, test = sample_split(5, (3, 32, 32), 10), sample_split(2, (3, 32, 32), 10)
    folder = write_cifar10(data_dir, train, test, meta=False)
    assert load_torchvision_set("cifar10", data_dir, download=False).class_names[-1] == "truck"
    names = [f"thing {i}".encode() for i in range(10)]
    (folder / "batches.meta").write_bytes(python2_pickle({b"label_names": names}))
    assert load_torchvision_set("cifar10", data_dir, download=False).class_names[-1] == "thing 9"


def test_a_batch_pickled_by_python3_loads_too(data_dir):
    train, test = sample_split(5, (3, 32, 32), 10), sample_split(2, (3, 32, 32), 10)
    folder = write_cifar10(data_dir, train, test)
    batch = {b"data": test[0].reshape(2, -1), b"labels": test[1].tolist()}
    (folder / "test_batch").write_bytes(
        pickle.dumps(batch, protocol=4)
    )  # numpy 2 names its module numpy._core

    assert torch.equal(
        load_torchvision_set("cifar10", data_dir, download=False).test.images, torch.from_numpy(test[0])
    )


def test_catalogue_lists_all_four_sets_before_any_download(data_dir):
    assert list(TORCHVISION_SETS) == ["mnist", "fashion_mnist", "cifar10", "cifar100"]
    assert [len(s.class_names) for s in TORCHVISION_SETS.values()] == [10, 10, 10, 100]
    assert len(set(CIFAR100_CLASSES)) == 100
    assert list(CIFAR100_CLASSES) == sorted(CIFAR100_CLASSES)
    assert not is_present("cifar10", data_dir)
    with pytest.raises(DatasetError, match="Unknown data set 'svhn'; choose one of mnist, fashion_mnist"):
        load_torchvision_set("svhn", data_dir)


# --- Missing files and downloads ----------------------------------------------------------------------------


def test_missing_without_downloading_says_where_to_put_the_files(data_dir):
    with pytest.raises(DatasetError) as caught:
        load_torchvision_set("mnist", data_dir, download=False)
    assert str(caught.value) == (
        f"MNIST is not in {data_dir}; switch on downloading or put the files in {data_dir / 'MNIST' / 'raw'}."
    )


@pytest.mark.parametrize(
    ("name", "title", "folder"),
    [("mnist", "MNIST", "MNIST/raw"), ("cifar10", "CIFAR-10", "cifar-10-batches-py")],
)
def test_offline_download_gives_one_clear_error(data_dir, monkeypatch, name, title, folder):
    monkeypatch.setattr(urllib.request, "urlopen", offline)

    with pytest.raises(DatasetError) as caught:
        load_torchvision_set(name, data_dir)

    assert str(caught.value) == (
        f"{title} is not in {data_dir} and could not be downloaded (no network). "
        f"Put the files in {data_dir / folder} or pick another data set."
    )
    assert all_files(data_dir) == []


@pytest.fixture
def mnist_server(tmp_path, monkeypatch):
    """Tiny gzipped MNIST files on the second of two mirrors, with torchvision's metadata pointing there."""
    train, test = sample_split(6, (28, 28), 10, seed=7), sample_split(2, (28, 28), 10, seed=8)
    source = write_mnist(tmp_path / "source", train, test, gzipped=True)
    files = {f"https://second.test/{name}.gz": (source / f"{name}.gz").read_bytes() for name in MNIST_FILES}
    resources = [
        (f"{name}.gz", hashlib.md5(files[f"https://second.test/{name}.gz"]).hexdigest())
        for name in MNIST_FILES
    ]
    monkeypatch.setattr(MNIST, "mirrors", ["https://first.test/", "https://second.test/"])
    monkeypatch.setattr(MNIST, "resources", resources)
    network = FakeNetwork(files)
    monkeypatch.setattr(urllib.request, "urlopen", network)
    return network, train, test


def test_mnist_downloads_from_the_mirror_that_works_with_byte_progress(data_dir, mnist_server, monkeypatch):
    network, train, test = mnist_server
    monkeypatch.setattr(torchvision_sets, "_CHUNK", 100)
    calls, progress = record()

    dataset = load_torchvision_set("mnist", data_dir, progress=progress)

    assert torch.equal(dataset.train.images, torch.from_numpy(train[0]).unsqueeze(1))
    assert dataset.test.labels.tolist() == test[1].tolist()
    first, second = (f"https://{host}.test/train-images-idx3-ubyte.gz" for host in ("first", "second"))
    assert network.requested[:2] == [first, second]
    assert all_files(data_dir) == sorted(f"MNIST/raw/{n}{s}" for n in MNIST_FILES for s in ("", ".gz"))
    downloads = [(m, f) for m, f in calls if m.startswith("Downloading")]
    first_file = [f for m, f in downloads if m.startswith("Downloading MNIST, file 1 of 4 (")]
    assert len(first_file) > 3
    assert first_file == sorted(first_file)
    assert first_file[-1] == 1.0
    size = len(network.files["https://second.test/train-images-idx3-ubyte.gz"]) / 1e6
    assert downloads[0][0] == f"Downloading MNIST, file 1 of 4 (0.0 of {size:.1f} MB)"
    # torchvision reads what was downloaded, and once it is there nothing is fetched again.
    assert torch.equal(MNIST(data_dir, train=False).data, torch.from_numpy(test[0]))
    network.requested.clear()
    load_torchvision_set("mnist", data_dir)
    assert network.requested == []


def test_a_corrupt_download_is_refused_and_removed(data_dir, mnist_server):
    network, _, _ = mnist_server
    url = "https://second.test/t10k-labels-idx1-ubyte.gz"
    network.files[url] = b"x" + network.files[url][1:]

    with pytest.raises(DatasetError) as caught:
        load_torchvision_set("mnist", data_dir)

    assert "could not be downloaded (the server answered 404 Not Found; the download from " in str(
        caught.value
    )
    assert f"{url} was corrupt). Put the files in" in str(caught.value)
    assert "MNIST/raw/t10k-labels-idx1-ubyte.gz" not in all_files(data_dir)
    assert not any(name.endswith(".part") for name in all_files(data_dir))
    assert "MNIST/raw/t10k-images-idx3-ubyte" in all_files(data_dir)  # what arrived intact stays


def test_a_download_cut_short_is_refused(data_dir, mnist_server):
    network, _, _ = mnist_server
    url = "https://second.test/train-images-idx3-ubyte.gz"
    network.lengths[url] = len(network.files[url]) + 10

    with pytest.raises(DatasetError, match="the connection broke off"):
        load_torchvision_set("mnist", data_dir)
    assert all_files(data_dir) == []


class Cancelled(Exception):
    pass


def test_cancelling_from_the_progress_callback_leaves_no_partial_file(data_dir, mnist_server):
    def cancel(message, fraction):
        if message.startswith("Downloading"):
            raise Cancelled

    with pytest.raises(Cancelled):
        load_torchvision_set("mnist", data_dir, progress=cancel)
    assert all_files(data_dir) == []


def test_cifar10_downloads_unpacks_and_removes_the_archive(tmp_path, data_dir, monkeypatch):
    train, test = sample_split(10, (3, 32, 32), 10, seed=9), sample_split(3, (3, 32, 32), 10, seed=10)
    archive = tar_gz(write_cifar10(tmp_path / "source", train, test))
    monkeypatch.setattr(CIFAR10, "url", "https://cifar.test/cifar-10-python.tar.gz")
    monkeypatch.setattr(CIFAR10, "tgz_md5", hashlib.md5(archive).hexdigest())
    monkeypatch.setattr(urllib.request, "urlopen", FakeNetwork({CIFAR10.url: archive}))
    calls, progress = record()

    dataset = load_torchvision_set("cifar10", data_dir, progress=progress)

    assert torch.equal(dataset.train.images, torch.from_numpy(train[0]))
    assert f"Downloading CIFAR-10 (0.0 of {len(archive) / 1e6:.1f} MB)" in [m for m, _ in calls]
    assert ("Unpacking CIFAR-10", None) in calls
    assert all_files(data_dir) == sorted(
        f"cifar-10-batches-py/{n}"
        for n in ["batches.meta", "test_batch"] + [f"data_batch_{i}" for i in range(1, 6)]
    )


# --- Damaged files ------------------------------------------------------------------------------------------


@pytest.fixture
def mnist_raw(data_dir):
    return write_mnist(data_dir, sample_split(4, (28, 28), 10), sample_split(2, (28, 28), 10))


def test_a_truncated_idx_file_is_named(data_dir, mnist_raw):
    path = mnist_raw / "train-images-idx3-ubyte"
    path.write_bytes(path.read_bytes()[:-5])
    with pytest.raises(DatasetError) as caught:
        load_torchvision_set("mnist", data_dir, download=False)
    assert str(caught.value) == (
        f"{path} is not a valid MNIST file: it has {16 + 4 * 784 - 5} bytes where its header promises "
        f"{16 + 4 * 784}. Delete it and get the data set again."
    )


def test_a_file_with_the_wrong_magic_number_is_named(data_dir, mnist_raw):
    path = write_idx(mnist_raw / "t10k-labels-idx1-ubyte", np.zeros((2, 1), np.uint8))  # 2-d, not 1-d
    with pytest.raises(
        DatasetError, match="t10k-labels-idx1-ubyte is not a valid MNIST file: it is not an IDX"
    ):
        load_torchvision_set("mnist", data_dir, download=False)
    path.write_bytes(gzip.compress(b"abc")[:-4])
    with pytest.raises(DatasetError, match="is not an IDX file"):
        load_torchvision_set("mnist", data_dir, download=False)


def test_a_broken_gzip_file_is_named(data_dir, mnist_raw):
    (mnist_raw / "train-labels-idx1-ubyte").unlink()
    path = mnist_raw / "train-labels-idx1-ubyte.gz"
    path.write_bytes(gzip.compress(b"\x00\x00\x08\x01" + bytes(50))[:-12])
    with pytest.raises(DatasetError, match=f"{path} is not a valid MNIST file: it cannot be read"):
        load_torchvision_set("mnist", data_dir, download=False)


def test_images_and_labels_that_disagree_are_reported(data_dir, mnist_raw):
    write_idx(mnist_raw / "train-labels-idx1-ubyte", np.array([1, 2, 3], np.uint8))
    with pytest.raises(DatasetError, match="holds 3 labels for 4 images"):
        load_torchvision_set("mnist", data_dir, download=False)
    write_idx(mnist_raw / "train-labels-idx1-ubyte", np.array([1, 2, 3, 10], np.uint8))
    with pytest.raises(DatasetError, match="has labels outside 0 to 9"):
        load_torchvision_set("mnist", data_dir, download=False)


@pytest.fixture
def cifar_folder(data_dir):
    return write_cifar10(data_dir, sample_split(5, (3, 32, 32), 10), sample_split(2, (3, 32, 32), 10))


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"not a pickle at all", "cannot be unpickled"),
        (python2_pickle({b"data": np.zeros((2, 3072), np.uint8)})[:-20], "cannot be unpickled"),
        (python2_pickle([1, 2, 3]), "holds a list instead of a dictionary"),
        (python2_pickle({b"data": np.zeros((2, 100), np.uint8), b"labels": [0, 1]}), "no 'data' array"),
        (
            python2_pickle({b"data": np.zeros((2, 3072), np.uint8), b"labels": [0]}),
            "holds 2 images but 1 labels",
        ),
        (
            python2_pickle({b"data": np.zeros((2, 3072), np.uint8)}),
            "has no list of whole numbers under 'labels'",
        ),
        (
            python2_pickle({b"data": np.zeros((2, 3072), np.uint8), b"labels": [b"a", 2]}),
            "no list of whole numbers",
        ),
    ],
)
def test_a_damaged_cifar_batch_is_named(data_dir, cifar_folder, content, problem):
    path = cifar_folder / "data_batch_3"
    path.write_bytes(content)
    with pytest.raises(DatasetError, match=f"{path} is not a valid CIFAR-10 file: it .*{problem}"):
        load_torchvision_set("cifar10", data_dir, download=False)


class RunsCommand:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


class WritesFile:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (exec, (f"open({str(self.marker)!r}, 'w').write('owned')",))


@pytest.mark.parametrize("payload", [RunsCommand, WritesFile])
@pytest.mark.parametrize("protocol", [0, 2, 5])
def test_a_malicious_pickle_is_refused_and_runs_nothing(tmp_path, data_dir, cifar_folder, payload, protocol):
    marker = tmp_path / "marker"
    # The payload comes first: with protocols 0 and 2, Python 3 pickles bytes through another global.
    malicious = {"labels": [payload(marker), 1], "data": np.zeros((2, 3072), np.uint8)}
    path = cifar_folder / "data_batch_1"
    path.write_bytes(pickle.dumps(malicious, protocol=protocol))

    with pytest.raises(DatasetError) as caught:
        load_torchvision_set("cifar10", data_dir, download=False)

    assert not marker.exists()
    assert str(caught.value).startswith(f"{path} is not a CIFAR-10 file: it asks to run ")
    assert ("system" if payload is RunsCommand else "exec") in str(caught.value)
    assert str(caught.value).endswith("so it was not loaded. Delete it and get the data set again.")


def test_a_meta_file_needing_other_globals_is_refused(data_dir, cifar_folder):
    (cifar_folder / "batches.meta").write_bytes(pickle.dumps({b"label_names": [bytes] * 10}, protocol=2))
    with pytest.raises(DatasetError, match="asks to run (builtins|_codecs)"):
        load_torchvision_set("cifar10", data_dir, download=False)
