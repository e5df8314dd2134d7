"""The catalogue's words and the inference errors are phrases the window can translate, while their
English text stays what the command line, the files and the other tests read."""

from __future__ import annotations

import shutil
import string
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.catalogue import CATALOGUE, GROUPS
from designer.core.geometry import describe_padding
from designer.core.inference import infer
from designer.core.layer_kind import LayerError
from designer.core.params import Param, ParamError
from designer.core.phrases import Phrase, message_of
from designer.core.training import SECTIONS, TrainingSettings, training_params

#: The modules that declare the catalogue, the training settings and the inference errors.
L = Layer.new


def placeholders(template: str) -> list[str]:
    return [field for _, field, _, _ in string.Formatter().parse(template) if field is not None]


def check_phrase(text: object) -> Phrase:
    """``text`` is a phrase with an English template whose placeholders all have names, filled to the
    same English text; so is every phrase among its values."""
    assert isinstance(text, Phrase), f"not a phrase: {text!r}"
    assert text.template.isascii()
    assert text.template.strip() == text.template
    names = placeholders(text.template)
    assert all(name and not name.isdigit() for name in names), text.template
    assert {name.split(".")[0].split("[")[0] for name in names} <= set(text.values)
    assert (text.template.format(**text.values) if text.values else text.template) == str(text)
    for value in text.values.values():
        if isinstance(value, Phrase):
            check_phrase(value)
    return text


def templates(text: Phrase) -> Iterator[str]:
    """The template of ``text`` and of every phrase among its values."""
    yield text.template
    for value in text.values.values():
        if isinstance(value, Phrase):
            yield from templates(value)


def all_params() -> list[Param]:
    return [param for kind in CATALOGUE.values() for param in kind.params] + list(training_params())


def catalogue_phrases() -> list[Phrase]:
    """Every word of the catalogue and the training settings that a form or the palette shows."""
    texts: list[object] = [*GROUPS, *(title for title, _ in SECTIONS)]
    for kind in CATALOGUE.values():
        texts += [kind.description, kind.group]
    for param in all_params():
        texts += [param.label, param.help]
    return [check_phrase(text) for text in texts]


@pytest.mark.parametrize("kind", CATALOGUE.values(), ids=list(CATALOGUE))
def test_a_kinds_description_group_and_parameters_are_phrases(kind):
    check_phrase(kind.description)
    assert check_phrase(kind.group) in GROUPS
    for param in kind.params:
        check_phrase(param.help)
        check_phrase(param.label)


@pytest.mark.parametrize("param", training_params(), ids=lambda param: param.name)
def test_a_training_settings_help_and_label_are_phrases(param):
    check_phrase(param.help)
    check_phrase(param.label)


def test_groups_and_section_titles_are_phrases():
    assert [check_phrase(group) for group in GROUPS] == [
        "Convolution",
        "Pooling",
        "Core",
        "Regularisation",
        "Activation",
        "Blocks",
    ]
    assert [check_phrase(title) for title, _ in SECTIONS] == [
        "Optimizer",
        "Schedule",
        "Run",
        "Augmentation",
        "Hardware",
        "Records",
    ]


@pytest.mark.parametrize("param", all_params(), ids=lambda param: param.name)
def test_labels_read_as_before(param):
    """The declared labels are the words the name gave before they were declared."""
    assert param.label == param.name.replace("_", " ").capitalize()
    assert type(param.label) is Phrase


def test_a_param_without_a_declared_label_still_gets_one_from_its_name():
    param = TrainingSettings.__dataclass_fields__["batch_size"].metadata["param"]
    plain = type(param)(name="batch_size", help="h", default=1, minimum=1, maximum=9)
    assert plain.label == "Batch size" == param.label


def errors_of(*layers: Layer, shape: tuple[int, int, int]) -> tuple[str, ...]:
    return infer(Architecture(InputSpec(*shape), layers, name="n")).errors


def test_a_window_that_does_not_fit_says_so_in_a_phrase():
    with pytest.raises(LayerError) as caught:
        CATALOGUE["Conv2D"].infer((1, 7, 7), {**CATALOGUE["Conv2D"].defaults(), "kernel_size": 9})
    message = check_phrase(message_of(caught.value))
    assert message == "a 9x9 kernel does not fit a 7x7 input with padding 0"
    assert message.template == "a {window} {what} does not fit a {size} input with {padding}"
    assert message.values["window"] == "9x9"
    assert not isinstance(message.values["window"], Phrase)
    assert check_phrase(message.values["what"]).template == "kernel"
    assert check_phrase(message.values["padding"]).template == "padding {size}"
    assert [check_phrase(fix.description) for fix in caught.value.fixes] == [
        'Use "same" padding',
        "Shrink the kernel to 7x7",
    ]
    assert caught.value.fixes[1].description.values["what"].template == "kernel"

    (error,) = errors_of(L("Conv2D", "c", kernel_size=9), shape=(1, 7, 7))
    assert error == "layer 1 (Conv2D): a 9x9 kernel does not fit a 7x7 input with padding 0"
    located = check_phrase(error)
    assert located.template == "{label}: {error}"
    assert located.values["label"].template == "layer {number} ({kind})"
    assert located.values["label"].values == {"number": 1, "kind": "Conv2D"}
    assert located.values["error"].template == message.template
    assert located.values["error"].values == message.values


def test_a_dilated_pool_and_padding_words_are_phrases():
    (error,) = errors_of(L("Conv2D", "c", kernel_size=3, dilation=4, padding=(0, 1)), shape=(1, 7, 7))
    assert error == (
        "layer 1 (Conv2D): a 3x3 kernel with dilation spans 9x9 and does not fit a 7x7 input with padding 0x1"
    )
    assert check_phrase(error).values["error"].values["span"] == "9x9"
    (error,) = errors_of(L("MaxPool2D", "p", pool_size=3), shape=(1, 2, 2))
    assert error == "layer 1 (MaxPool2D): a 3x3 pool does not fit a 2x2 input with padding 0"
    assert check_phrase(error).values["error"].values["what"].template == "pool"
    assert check_phrase(describe_padding((0, 1, 0, 1))) == "padding 0/1 (top/bottom) and 0/1 (left/right)"


def test_a_dense_layer_on_a_feature_map_says_so_in_a_phrase():
    errors = errors_of(L("Conv2D", "c", filters=4, padding="same"), L("Dense", "d"), shape=(1, 5, 5))
    assert errors == (
        "layer 2 (Dense): Dense needs a flat vector but gets a 4x5x5 feature map; "
        "add a Flatten or a global pooling layer before it",
    )
    message = check_phrase(errors[0]).values["error"]
    assert message.template == (
        "{kind} needs a flat vector but gets a {shape} feature map; "
        "add a Flatten or a global pooling layer before it"
    )
    assert message.values == {"kind": "Dense", "shape": "4x5x5"}
    summary = infer(Architecture(InputSpec(1, 5, 5), (L("Dense", "d"),), name="n"))
    assert [check_phrase(fix.description) for fix in summary.layers[0].fixes] == [
        "Insert a Flatten before it"
    ]


def test_groups_that_do_not_divide_the_channels_say_so_in_a_phrase():
    (error,) = errors_of(L("Conv2D", "c", filters=4, groups=2), shape=(3, 8, 8))
    assert error == "layer 1 (Conv2D): groups (2) must divide the 3 input channels"
    message = check_phrase(error).values["error"]
    assert message.template == "groups ({groups}) must divide the {channels} input channels"
    assert message.values == {"groups": 2, "channels": 3}


def test_block_errors_keep_their_place_in_phrases():
    (error,) = errors_of(L("Residual", "res", branches=[[]]), shape=(8, 16, 16))
    assert error == "layer 1 (Residual): its body has no layers; add one"
    assert check_phrase(error).values["where"].template == "its body"

    (error,) = errors_of(L("Parallel", "par", branches=[[L("Flatten", "f")]]), shape=(8, 16, 16))
    assert error == "layer 1 (Parallel): a Parallel block holds 2 to 8 branches, not 1"
    check_phrase(error)

    nested = L("Residual", "r", branches=[[L("Dense", "d")]])
    conv = L("Conv2D", "a", filters=8, kernel_size=3, padding="same")
    (error,) = errors_of(L("Parallel", "par", branches=[[conv], [nested]]), shape=(8, 16, 16))
    assert error == (
        "layer 1 (Parallel) > branch 2 > layer 1 (Residual) > layer 1 (Dense): Dense needs a flat vector "
        "but gets a 8x16x16 feature map; add a Flatten or a global pooling layer before it"
    )
    place = check_phrase(error).values["label"]
    assert place.template == "{block} > {layer}"
    assert place.values["block"].template == "{block} > branch {branch} > {layer}"


def test_parameter_errors_are_phrases():
    stride = CATALOGUE["MaxPool2D"].param("stride")
    with pytest.raises(ParamError) as caught:
        stride.parse(0)
    message = check_phrase(message_of(caught.value))
    assert message == (
        "must be a whole number from 1 to 1024 or a [height, width] pair of them, "
        "or null for the pool size, got 0"
    )
    assert check_phrase(message.values["follows"]).template == "pool size"
    rate = CATALOGUE["Dropout"].param("rate")
    with pytest.raises(ParamError) as caught:
        rate.parse(1)
    assert check_phrase(message_of(caught.value)) == "must be a number in [0, 1), got 1"
    device = TrainingSettings.__dataclass_fields__["device"].metadata["param"]
    with pytest.raises(ParamError) as caught:
        device.parse("gpu")
    message = check_phrase(message_of(caught.value))
    assert message == "must be auto (the best available), cpu, cuda, cuda:N or mps; got 'gpu'"
    assert message.values["what"] is device.help


def lupdate() -> Path:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    if not tool.exists():
        found = shutil.which("pyside6-lupdate")
        if found is None:
            pytest.skip("pyside6-lupdate is not installed")
        tool = Path(found)
    return tool
