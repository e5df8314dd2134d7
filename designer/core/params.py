"""Declarations of layer parameters: type, default, allowed values and help.

Each declaration parses a JSON value into the Python value the rest of the
program uses (ints, floats, bools, strings, ``(h, w)`` pairs) and writes it back
unchanged, so a file that was loaded saves to the same bytes.  The property
editor, the file loader and the torch builder all read these declarations.
Labels, help and error messages are :class:`~designer.core.phrases.Phrase` s, so the window
can translate them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TypeAlias, TypeGuard

from designer.core.phrases import phrase

Pair: TypeAlias = tuple[int, int]
#: A parameter value as the program holds it.
Value: TypeAlias = int | float | bool | str | Pair | None
#: A parameter value as it appears in JSON.
JsonValue: TypeAlias = int | float | bool | str | list[int] | None

PADDING_MODES = ("valid", "same")


class ParamError(ValueError):
    """A parameter value that is of the wrong type or out of range."""


def _describe(value: object) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif value is None:
        text = "null"
    return text if len(text) <= 40 else text[:37] + "..."


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def as_real(value: object) -> float | None:
    """A number read from a file as a float; None for anything else, true and false and whole numbers
    too large for a float included."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return float(value)
    except OverflowError:
        return None


def as_pair(value: int | Pair) -> Pair:
    """``3`` -> ``(3, 3)``; a pair stays as it is."""
    return (value, value) if isinstance(value, int) else value


@dataclass(frozen=True, kw_only=True)
class Param:
    """One named parameter of a layer kind.

    ``label`` is what a form shows, declared as ``label=phrase("Kernel size")`` so that it can be
    translated; left out, it is made from the name (``kernel_size`` -> ``Kernel size``) and stays
    English.
    """

    name: str
    help: str
    default: Value
    label: str = ""

    def __post_init__(self) -> None:
        if not self.label:
            object.__setattr__(self, "label", self.name.replace("_", " ").capitalize())

    def parse(self, value: object) -> Value:
        """Check a JSON value and return it as the program holds it."""
        raise NotImplementedError

    def to_json(self, value: Value) -> JsonValue:
        return list(value) if isinstance(value, tuple) else value


@dataclass(frozen=True, kw_only=True)
class IntParam(Param):
    default: int
    minimum: int
    maximum: int

    def parse(self, value: object) -> int:
        if _is_int(value) and self.minimum <= value <= self.maximum:
            return value
        raise ParamError(
            phrase("must be a whole number from {minimum} to {maximum}, got {value}").format(
                minimum=self.minimum, maximum=self.maximum, value=_describe(value)
            )
        )


@dataclass(frozen=True, kw_only=True)
class FloatParam(Param):
    """A real number in ``[minimum, maximum]``, or ``[minimum, maximum)``."""

    default: float
    minimum: float
    maximum: float
    maximum_inclusive: bool = True

    def parse(self, value: object) -> float:
        number = as_real(value)
        if number is not None and math.isfinite(number):
            below_max = number <= self.maximum if self.maximum_inclusive else number < self.maximum
            if self.minimum <= number and below_max:
                return number
        if self.maximum_inclusive:
            message = phrase("must be a number in [{minimum:g}, {maximum:g}], got {value}")
        else:
            message = phrase("must be a number in [{minimum:g}, {maximum:g}), got {value}")
        raise ParamError(message.format(minimum=self.minimum, maximum=self.maximum, value=_describe(value)))


@dataclass(frozen=True, kw_only=True)
class BoolParam(Param):
    default: bool

    def parse(self, value: object) -> bool:
        if not isinstance(value, bool):
            raise ParamError(phrase("must be true or false, got {value}").format(value=_describe(value)))
        return value


@dataclass(frozen=True, kw_only=True)
class ChoiceParam(Param):
    default: str
    choices: tuple[str, ...]

    def parse(self, value: object) -> str:
        if isinstance(value, str) and value in self.choices:
            return value
        raise ParamError(
            phrase("must be one of {choices}; got {value}").format(
                choices=", ".join(self.choices), value=_describe(value)
            )
        )


@dataclass(frozen=True, kw_only=True)
class TextParam(Param):
    """A text such as a data set name; with ``pattern`` (a regular expression) one of a fixed
    form, which ``help`` describes."""

    default: str
    max_length: int = 200
    pattern: str = ""

    def parse(self, value: object) -> str:
        if not isinstance(value, str) or not 0 < len(value) <= self.max_length:
            raise ParamError(
                phrase("must be a text of 1 to {maximum} characters, got {value}").format(
                    maximum=self.max_length, value=_describe(value)
                )
            )
        if self.pattern and not re.fullmatch(self.pattern, value):
            raise ParamError(
                phrase("must be {what}; got {value}").format(what=self.help, value=_describe(value))
            )
        return value


def _parse_size(value: object, minimum: int, maximum: int) -> int | Pair | None:
    if _is_int(value) and minimum <= value <= maximum:
        return value
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(_is_int(v) and minimum <= v <= maximum for v in value)
    ):
        return (value[0], value[1])
    return None


@dataclass(frozen=True, kw_only=True)
class SizeParam(Param):
    """A size per axis: one whole number for both, or ``[height, width]``.

    With ``optional`` the value may be ``null``, meaning "same as ``follows``" (the name of the
    parameter it follows); ``follows_label`` words that parameter in messages, e.g.
    ``phrase("pool size")``.
    """

    default: int | None
    minimum: int
    maximum: int
    optional: bool = False
    follows: str = ""
    follows_label: str = ""

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.follows_label:
            object.__setattr__(self, "follows_label", self.follows.replace("_", " "))

    def parse(self, value: object) -> int | Pair | None:
        if value is None and self.optional:
            return None
        parsed = _parse_size(value, self.minimum, self.maximum)
        if parsed is None:
            if self.optional:
                message = phrase(
                    "must be a whole number from {minimum} to {maximum} or a "
                    "[height, width] pair of them, or null for the {follows}, got {value}"
                ).format(
                    minimum=self.minimum,
                    maximum=self.maximum,
                    follows=self.follows_label,
                    value=_describe(value),
                )
            else:
                message = phrase(
                    "must be a whole number from {minimum} to {maximum} or a "
                    "[height, width] pair of them, got {value}"
                ).format(minimum=self.minimum, maximum=self.maximum, value=_describe(value))
            raise ParamError(message)
        return parsed


@dataclass(frozen=True, kw_only=True)
class PaddingParam(Param):
    """``"valid"`` (none), ``"same"`` (Keras/TensorFlow rule), or explicit zeros per side.

    An explicit padding is one whole number for both axes or ``[height, width]``,
    as in PyTorch.  ``allow_explicit=False`` keeps only the two modes (pooling).
    """

    default: str
    maximum: int = 1024
    allow_explicit: bool = True

    def parse(self, value: object) -> str | int | Pair:
        if isinstance(value, str) and value in PADDING_MODES:
            return value
        if self.allow_explicit:
            parsed = _parse_size(value, 0, self.maximum)
            if parsed is not None:
                return parsed
            raise ParamError(
                phrase(
                    'must be "valid", "same", a whole number from 0 to {maximum} '
                    "or a [height, width] pair of them, got {value}"
                ).format(maximum=self.maximum, value=_describe(value))
            )
        raise ParamError(phrase('must be "valid" or "same", got {value}').format(value=_describe(value)))
