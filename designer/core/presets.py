"""Preset architectures shipped as JSON files, and finding an architecture by file or preset name."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from designer.core.architecture import Architecture
from designer.core.data_files import data_folder
from designer.core.errors import FormatError
from designer.core.fileformat import load_architecture
from designer.core.phrases import phrase

#: The shipped presets' names and descriptions, marked for translation: a preset whose file holds
#: one of these texts is given the phrase instead, so the window can show it translated.
PRESET_TEXTS = (
    phrase("Keras CIFAR-10 CNN"),
    phrase(
        "The classic Keras CIFAR-10 example: two blocks of two 3x3 ReLU convolutions, max pooling and "
        "dropout, then a 512-unit dense layer. 1.25 million parameters, most of them in the first dense "
        "layer."
    ),
    phrase("Mini Inception"),
    phrase(
        "Inception modules (Szegedy et al., 2015) at CIFAR scale: each runs 1x1, 3x3 and 5x5 convolutions "
        "and a pooled branch side by side on one input, the cheap 1x1 convolutions first, and stacks their "
        "channels."
    ),
    phrase("LeNet-5"),
    phrase(
        "LeCun et al.'s 1998 digit reader: two convolution + subsampling stages, then three fully connected "
        "layers, with tanh throughout. 32x32 grayscale input; 28x28 digits are padded by 2, as LeNet did."
    ),
    phrase("Modern MNIST CNN"),
    phrase(
        "Conv-BatchNorm-ReLU blocks with max pooling and global average pooling: about as many weights as "
        "LeNet-5, but trains faster and reaches higher accuracy. 28x28 grayscale input."
    ),
    phrase("ResNet-20"),
    phrase(
        "He et al.'s ResNet-20 for CIFAR-10 (2016): a 3x3 stem, then three stages of three residual blocks "
        "(two 3x3 convolutions with BatchNorm, the input added back) at 16, 32 and 64 channels, each stage "
        "after the first halving the maps, its first block's shortcut a strided 1x1 projection; then "
        "global average pooling. 0.27 million parameters."
    ),
    phrase("Small VGG"),
    phrase(
        "VGG-style CIFAR-10 network: three blocks of two 3x3 Conv-BatchNorm-ReLU layers (32, 64, 128 "
        "filters), each ending in max pooling, then a 128-unit dense layer with dropout. 32x32 RGB input."
    ),
)
_PHRASES = {str(text): text for text in PRESET_TEXTS}


def _translatable(text: str) -> str:
    """The phrase of a shipped preset's text, or the text itself when it is not one."""
    return _PHRASES.get(text, text)


def preset_names() -> list[str]:
    return sorted(path.stem for path in data_folder("presets").glob("*.json"))


def load_preset(name: str) -> Architecture:
    """A shipped preset; its name and description are phrases (English text the window translates)."""
    if name not in preset_names():
        raise FormatError(
            name,
            phrase("no such preset; the presets are {presets}").format(presets=", ".join(preset_names())),
        )
    architecture = load_architecture(data_folder("presets") / f"{name}.json")
    return replace(
        architecture,
        name=_translatable(architecture.name),
        description=_translatable(architecture.description),
    )


def open_architecture(file_or_preset: str) -> Architecture:
    """Load an architecture file, or a preset when no such file exists (a folder of that name,
    such as a run folder called after the preset, does not hide it)."""
    path = Path(file_or_preset)
    if path.is_file() or file_or_preset not in preset_names():
        if not path.exists() and path.suffix == "":
            raise FormatError(
                file_or_preset,
                phrase("no such file or preset; the presets are {presets}").format(
                    presets=", ".join(preset_names())
                ),
            )
        return load_architecture(path)
    return load_preset(file_or_preset)
