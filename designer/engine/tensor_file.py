"""Tensors as plain bytes in the safetensors layout: reading one runs no code from the file.

The layout: an 8-byte little-endian header length, a JSON header mapping each name to its dtype,
shape and byte range, then the tensors' little-endian bytes. Files written here load with the
``safetensors`` library, and files it writes load here, but neither needs the other.
"""

from __future__ import annotations

import json
import struct
from typing import Any

import torch

from designer.core.errors import DesignerError
from designer.core.phrases import phrase

DTYPES: dict[str, torch.dtype] = {
    "F64": torch.float64,
    "F32": torch.float32,
    "F16": torch.float16,
    "BF16": torch.bfloat16,
    "I64": torch.int64,
    "I32": torch.int32,
    "I16": torch.int16,
    "I8": torch.int8,
    "U8": torch.uint8,
    "BOOL": torch.bool,
}
NAMES = {dtype: name for name, dtype in DTYPES.items()}
#: A header larger than this is not one we wrote (safetensors itself allows 100 MB).
MAX_HEADER = 100_000_000
#: Torch refuses shapes whose strides overflow 64 bits, even for a tensor with no elements.
_MAX_EXTENT = 2**63


class TensorFileError(DesignerError):
    """Bytes that are not a well-formed tensor file."""


#: The header key the safetensors layout keeps for text metadata.
METADATA = "__metadata__"


def dump_tensors(tensors: dict[str, torch.Tensor]) -> bytes:
    header: dict[str, Any] = {}
    chunks: list[bytes] = []
    offset = 0
    for name, tensor in tensors.items():
        if name == METADATA:
            raise ValueError(f"{METADATA} is the header's own key and cannot name a tensor")
        if tensor.dtype not in NAMES:
            raise ValueError(f"{name}: tensors of {tensor.dtype} cannot be stored")
        data = (
            tensor.detach().cpu().contiguous().reshape(-1).view(torch.uint8).numpy().tobytes()
            if tensor.numel()
            else b""
        )
        header[name] = {
            "dtype": NAMES[tensor.dtype],
            "shape": list(tensor.shape),
            "data_offsets": [offset, offset + len(data)],
        }
        chunks.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * (-len(text) % 8)  # the data starts 8-byte aligned
    return struct.pack("<Q", len(text)) + text + b"".join(chunks)


def _entry(name: str, entry: object, size: int) -> tuple[torch.dtype, list[int], int, int]:
    if not isinstance(entry, dict) or set(entry) != {"dtype", "shape", "data_offsets"}:
        raise TensorFileError(phrase("the entry for {name!r} is malformed").format(name=name))
    dtype = DTYPES.get(entry["dtype"]) if isinstance(entry["dtype"], str) else None
    shape, offsets = entry["shape"], entry["data_offsets"]
    if dtype is None:
        raise TensorFileError(
            phrase("{name!r} has an unknown dtype {dtype!r}").format(name=name, dtype=entry["dtype"])
        )
    if not (
        isinstance(shape, list)
        and all(isinstance(d, int) and not isinstance(d, bool) and d >= 0 for d in shape)
    ):
        raise TensorFileError(phrase("{name!r} has a malformed shape").format(name=name))
    extent = 1
    for dimension in shape:  # stops early, so that a long list of huge numbers takes no time
        extent *= max(dimension, 1)
        if extent >= _MAX_EXTENT:
            raise TensorFileError(phrase("{name!r} has a shape too large for any tensor").format(name=name))
    if not (isinstance(offsets, list) and len(offsets) == 2 and all(isinstance(o, int) for o in offsets)):
        raise TensorFileError(phrase("{name!r} has malformed offsets").format(name=name))
    start, end = offsets
    count = 1
    for dimension in shape:
        count *= dimension
    itemsize = torch.empty((), dtype=dtype).element_size()
    if not 0 <= start <= end <= size or end - start != count * itemsize:
        raise TensorFileError(
            phrase("{name!r} does not fit the file (truncated or corrupt)").format(name=name)
        )
    return dtype, shape, start, end


def load_tensors(data: bytes) -> dict[str, torch.Tensor]:
    """The tensors in ``data``; anything malformed or truncated is a :class:`TensorFileError`."""
    if len(data) < 8:
        raise TensorFileError(phrase("the tensor file is truncated"))
    (length,) = struct.unpack("<Q", data[:8])
    if length > min(MAX_HEADER, len(data) - 8):
        raise TensorFileError(phrase("the tensor file's header is truncated or not a tensor file at all"))
    try:
        header = json.loads(data[8 : 8 + length].decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8 or JSON, numbers too long, or nested too deeply
        raise TensorFileError(
            phrase("the tensor file's header is not JSON; it is not a tensor file")
        ) from None
    if not isinstance(header, dict):
        raise TensorFileError(phrase("the tensor file's header is not a JSON object"))
    body = memoryview(data)[8 + length :]
    tensors: dict[str, torch.Tensor] = {}
    for name, entry in header.items():
        if name == METADATA:
            continue
        dtype, shape, start, end = _entry(name, entry, len(body))
        if start == end:
            tensors[name] = torch.empty(shape, dtype=dtype)
        else:
            tensors[name] = torch.frombuffer(bytearray(body[start:end]), dtype=dtype).reshape(shape)
    return tensors
