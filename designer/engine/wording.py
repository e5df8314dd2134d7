"""Texts for the user made of several phrases, kept as phrases so that the window translates each part."""

from __future__ import annotations

from collections.abc import Iterable

from designer.core.phrases import phrase


def joined(parts: Iterable[str]) -> str:
    """``parts`` separated by "; " (empty when there are none); each part keeps its own translation."""
    text = ""
    for number, part in enumerate(parts):
        text = part if number == 0 else phrase("{earlier}; {later}").format(earlier=text, later=part)
    return text
