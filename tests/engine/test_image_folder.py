"""The user's image folders: layout, split, decoding, skipped files and the streaming form."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PIL import Image

from designer.engine.datasets.base import DatasetError, ImageData
from designer.engine.datasets.image_folder import ImageFiles, load_image_folder, scan_image_folder
from tests.engine.dataset_files import write_broken_image, write_image, write_image_folder


def pixels(count: int, shape: tuple[int, ...], seed: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [rng.integers(0, 256, size=shape, dtype=np.uint8) for _ in range(count)]


def as_chw(array: np.ndarray) -> torch.Tensor:
    tensor = torch.tensor(array)
    return tensor.permute(2, 0, 1) if array.ndim == 3 else tensor[None]


def labelled(split: ImageData) -> list[tuple[bytes, int]]:
    return sorted(
        (image.numpy().tobytes(), int(label)) for image, label in zip(split.images, split.labels, strict=True)
    )


def by_label(split: ImageData) -> dict[int, torch.Tensor]:
    """Each label's image, for splits with one image per class."""
    return {int(label): image for image, label in zip(split.images, split.labels, strict=True)}


@pytest.fixture
def animals(tmp_path):
    """Three classes of five 8x6 RGB PNGs; returns the root and each class's pixel arrays."""
    classes = {
        "dog": pixels(5, (8, 6, 3), 1),
        "cat": pixels(5, (8, 6, 3), 2),
        "bird": pixels(5, (8, 6, 3), 3),
    }
    write_image_folder(tmp_path / "animals", classes)
    return tmp_path / "animals", classes


def test_pixels_and_labels_round_trip_with_sorted_class_names(animals):
    root, classes = animals
    dataset = load_image_folder(root, 3, (8, 6))

    assert dataset.name == "animals"
    assert dataset.class_names == ("bird", "cat", "dog")
    assert dataset.sample_shape == (3, 8, 6)
    assert dataset.notes == []
    expected = sorted(
        (as_chw(array).numpy().tobytes(), dataset.class_names.index(name))
        for name, arrays in classes.items()
        for array in arrays
    )
    assert sorted(labelled(dataset.train) + labelled(dataset.test)) == expected


def test_the_split_is_stratified_seeded_and_mixed(tmp_path):
    classes = {"a": pixels(10, (4, 4), 1), "b": pixels(2, (4, 4), 2), "c": pixels(1, (4, 4), 3)}
    write_image_folder(tmp_path, classes)

    index = scan_image_folder(tmp_path, test_fraction=0.2, seed=5)

    test_labels = [label for _, label in index.test]
    assert (test_labels.count(0), test_labels.count(1), test_labels.count(2)) == (
        2,
        1,
        0,
    )  # one of two; none of one
    assert len(index.train) == 10
    assert {path for path, _ in index.train + index.test} == set(tmp_path.rglob("*.png"))
    assert scan_image_folder(tmp_path, test_fraction=0.2, seed=5) == index
    assert scan_image_folder(tmp_path, test_fraction=0.2, seed=6) != index
    assert [label for _, label in index.train] != sorted(label for _, label in index.train)


def test_default_split_is_a_fifth(tmp_path):
    write_image_folder(tmp_path, {"x": pixels(10, (4, 4), 1), "y": pixels(20, (4, 4), 2)})
    index = scan_image_folder(tmp_path)
    assert (len(index.train), len(index.test)) == (24, 6)


def test_train_and_test_folders_give_the_split(tmp_path):
    write_image_folder(tmp_path / "Train", {"b": pixels(3, (4, 4), 1), "a": pixels(4, (4, 4), 2)})
    write_image_folder(tmp_path / "test", {"a": pixels(1, (4, 4), 3), "b": pixels(2, (4, 4), 4)})

    dataset = load_image_folder(tmp_path, 1, (4, 4), test_fraction=0.5)

    assert dataset.class_names == ("a", "b")
    assert sorted(dataset.train.labels.tolist()) == [0] * 4 + [1] * 3
    assert sorted(dataset.test.labels.tolist()) == [0, 1, 1]


def test_train_and_test_with_different_classes_is_explained(tmp_path):
    write_image_folder(tmp_path / "train", {"a": pixels(1, (4, 4), 1), "b": pixels(1, (4, 4), 1)})
    write_image_folder(tmp_path / "test", {"a": pixels(1, (4, 4), 1), "c": pixels(1, (4, 4), 1)})
    with pytest.raises(DatasetError) as caught:
        scan_image_folder(tmp_path)
    assert str(caught.value) == (
        f"The train and test folders in {tmp_path} hold different classes "
        "(only in train: b; only in test: c); give both the same class folders."
    )


def test_only_image_files_count_and_hidden_ones_are_ignored(tmp_path):
    write_image_folder(tmp_path, {"a": pixels(1, (4, 4), 1), "b": pixels(1, (4, 4), 2)})
    for name in [
        "a/upper.JPG",
        "a/deep/nested.TIFF",
        "b/pic.webp",
        "b/pic.bmp",
        "b/anim.gif",
        "b/x.jpeg",
        "b/y.tif",
    ]:
        write_image(tmp_path / name, pixels(1, (4, 4, 3), 3)[0])
    for name in ["a/.hidden.png", "a/.cache/inside.png", ".trash/c.png", ".trash/d.png"]:
        write_image(tmp_path / name, pixels(1, (4, 4), 4)[0])
    (tmp_path / "a" / "notes.txt").write_text("not an image")
    (tmp_path / "b" / "Thumbs.db").write_bytes(b"\0")

    index = scan_image_folder(tmp_path, test_fraction=0)

    assert index.class_names == ("a", "b")
    found = sorted(path.relative_to(tmp_path).as_posix() for path, _ in index.train)
    assert found == sorted(
        ["a/a_0.png", "a/upper.JPG", "a/deep/nested.TIFF", "b/b_0.png"]
        + ["b/pic.webp", "b/pic.bmp", "b/anim.gif", "b/x.jpeg", "b/y.tif"]
    )
    assert index.test == ()
    assert load_image_folder(tmp_path, 3, (4, 4), test_fraction=0).notes == []


def test_unreadable_images_are_skipped_and_counted(tmp_path):
    write_image_folder(tmp_path, {"cats": pixels(4, (4, 4), 1), "dogs": pixels(4, (4, 4), 2)})
    write_broken_image(tmp_path / "cats" / "broken.jpg")
    dataset = load_image_folder(tmp_path, 1, (4, 4))
    assert dataset.notes == ["Skipped 1 unreadable image: cats/broken.jpg."]
    assert len(dataset.train) + len(dataset.test) == 8

    for i in range(2):
        write_broken_image(tmp_path / "dogs" / f"broken_{i}.png")
    (tmp_path / "dogs" / "empty.gif").write_bytes(b"")
    index = scan_image_folder(tmp_path)
    dataset = index.load(1, (4, 4))
    assert len(dataset.train) == sum(
        "broken" not in path.name and "empty" not in path.name for path, _ in index.train
    )
    assert len(dataset.notes) == 1
    assert dataset.notes[0].startswith("Skipped 4 unreadable images, e.g. ")
    assert dataset.notes[0].removeprefix("Skipped 4 unreadable images, e.g. ") in {
        "cats/broken.jpg.",
        "dogs/broken_0.png.",
        "dogs/broken_1.png.",
        "dogs/empty.gif.",
    }
    assert len(dataset.train) + len(dataset.test) == 8


def test_a_class_with_no_readable_training_image_is_an_error(tmp_path):
    write_image_folder(tmp_path, {"good": pixels(2, (4, 4), 1)})
    write_broken_image(tmp_path / "bad" / "only.png")
    with pytest.raises(DatasetError, match="None of the training images of class 'bad' in .* could be read"):
        load_image_folder(tmp_path, 1, (4, 4))


def test_missing_folder_single_class_and_empty_class_are_explained(tmp_path):
    with pytest.raises(DatasetError) as caught:
        scan_image_folder(tmp_path / "nowhere")
    assert str(caught.value) == (
        f"The image folder {tmp_path / 'nowhere'} does not exist; "
        "pick a folder with one subfolder of images per class."
    )
    write_image_folder(tmp_path, {"only": pixels(2, (4, 4), 1)})
    with pytest.raises(DatasetError) as caught:
        scan_image_folder(tmp_path)
    assert str(caught.value) == (
        f"{tmp_path} needs at least two class folders of images, such as {tmp_path / 'cats'} and "
        f"{tmp_path / 'dogs'}; it has 1."
    )
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "readme.txt").write_text("nothing here")
    with pytest.raises(
        DatasetError, match=r"The class folder .*empty holds no images \(.bmp, .gif, .*\); add some"
    ):
        scan_image_folder(tmp_path)


def test_channels_are_converted(tmp_path):
    rgb = pixels(1, (4, 4, 3), 1)[0]
    gray = pixels(1, (4, 4), 2)[0]
    write_image(tmp_path / "rgb" / "x.png", rgb)
    write_image(tmp_path / "gray" / "x.png", gray)
    index = scan_image_folder(tmp_path, test_fraction=0)
    assert torch.equal(
        by_label(index.load(3, (4, 4)).train)[0], as_chw(gray).expand(3, -1, -1)
    )  # "gray" first
    assert torch.equal(
        by_label(index.load(1, (4, 4)).train)[1], as_chw(np.asarray(Image.fromarray(rgb).convert("L")))
    )


def test_transparency_palette_and_16_bit_images(tmp_path):
    rgba = np.zeros((2, 2, 4), np.uint8)
    rgba[0, 0] = (10, 20, 30, 255)  # opaque; the rest is transparent black
    write_image(tmp_path / "a" / "rgba.png", rgba)
    palette = Image.fromarray(np.array([[0, 1], [1, 0]], np.uint8), "P")
    palette.putpalette([255, 0, 0, 0, 0, 255])
    write_image(tmp_path / "b" / "palette.png", palette)
    write_image(
        tmp_path / "c" / "deep.png", Image.fromarray(np.array([[0, 25600], [65535, 32896]], np.uint16))
    )

    index = scan_image_folder(tmp_path, test_fraction=0)
    images = by_label(index.load(3, (2, 2)).train)

    assert images[0][:, 0, 0].tolist() == [10, 20, 30]
    assert images[0][:, 1, 1].tolist() == [255, 255, 255]  # transparency shows white
    assert images[1][:, 0, 0].tolist() == [255, 0, 0]
    assert images[1][:, 0, 1].tolist() == [0, 0, 255]
    assert images[2][0].tolist() == [[0, 100], [255, 128]]  # scaled from 16 bits, not clipped


def test_images_are_resized_and_turned_upright(tmp_path):
    write_image(tmp_path / "flat" / "big.png", np.full((40, 30, 3), 90, np.uint8))
    sideways = Image.fromarray(np.repeat([[0, 0, 255, 255]], 2, axis=0).astype(np.uint8))  # 4 wide, 2 tall
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: shown rotated 90 degrees clockwise
    (tmp_path / "tilted").mkdir()
    sideways.save(tmp_path / "tilted" / "x.png", exif=exif)

    images = by_label(load_image_folder(tmp_path, 1, (4, 2), test_fraction=0).train)

    assert images[0].unique().tolist() == [90]
    assert images[1][0].tolist() == [[0, 0], [0, 0], [255, 255], [255, 255]]


def test_large_jpegs_are_decoded_close_to_the_lossless_result(tmp_path):
    gradient = np.linspace(0, 255, 512, dtype=np.uint8)[None, :, None].repeat(384, 0).repeat(3, 2)
    write_image(tmp_path / "jpeg" / "photo.jpg", gradient)
    write_image(tmp_path / "png" / "photo.png", gradient)
    dataset = load_image_folder(tmp_path, 3, (12, 16), test_fraction=0)
    jpeg, png = (dataset.train.images[dataset.train.labels == label][0] for label in (0, 1))
    assert (jpeg.int() - png.int()).abs().max() <= 4


def test_progress_reports_the_share_of_files_decoded(animals):
    root, _ = animals
    calls = []
    load_image_folder(root, 3, (8, 6), progress=lambda message, fraction: calls.append((message, fraction)))
    assert calls[-1] == ("Reading images (15 of 15)", 1.0)
    assert [f for _, f in calls] == sorted(f for _, f in calls)


def test_the_memory_estimate_counts_every_byte(animals):
    index = scan_image_folder(animals[0])
    assert index.in_memory_bytes(3, (32, 32)) == 15 * 3 * 32 * 32
    assert (
        index.load(3, (32, 32)).train.images.numel() + index.load(3, (32, 32)).test.images.numel()
        == 15 * 3072
    )


def test_streaming_gives_the_same_images_and_survives_broken_files(tmp_path, animals):
    root, _ = animals
    index = scan_image_folder(root)
    train_files, test_files = index.streaming(3, (8, 6))
    loaded = index.load(3, (8, 6))
    assert len(train_files) == len(loaded.train)
    for i in range(len(test_files)):
        image, label = test_files[i]
        assert torch.equal(image, loaded.test.images[i])
        assert label == int(loaded.test.labels[i])

    broken = ImageFiles([(write_broken_image(tmp_path / "x.png"), 1)], 1, (5, 7))
    image, label = broken[0]
    assert (image.shape, image.dtype, int(image.sum()), label) == ((1, 5, 7), torch.uint8, 0, 1)
    assert broken.unreadable == 1


@pytest.mark.parametrize("start", ["fork", pytest.param("spawn", marks=pytest.mark.slow)])
def test_streaming_counts_unreadable_files_across_dataloader_workers(tmp_path, start):
    good = [(write_image(tmp_path / f"g{i}.png", np.full((4, 4), i, np.uint8)), i) for i in range(6)]
    bad = [(write_broken_image(tmp_path / f"b{i}.png"), 9) for i in range(3)]
    files = ImageFiles(good + bad, 1, (4, 4))

    batches = list(
        torch.utils.data.DataLoader(files, batch_size=2, num_workers=2, multiprocessing_context=start)
    )

    images = torch.cat([batch[0] for batch in batches])
    assert images.shape == (9, 1, 4, 4)
    assert [int(image.max()) for image in images] == [0, 1, 2, 3, 4, 5, 0, 0, 0]
    assert files.unreadable == 3
