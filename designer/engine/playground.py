"""The convolution playground: one kernel over one grayscale image, as the seed article explains it.

CNN layers compute a cross-correlation: the kernel slides over the image as it is. A true
convolution flips the kernel in both directions first. For symmetric kernels (blur) the two
agree; for edge detectors they differ in sign or direction.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from designer.core.phrases import phrase

Floats = npt.NDArray[np.float64]

#: Kernels to start from, as the classic image-processing examples; the names are phrases the window
#: shows translated.
KERNELS: dict[str, tuple[tuple[float, ...], ...]] = {
    phrase("identity"): ((0, 0, 0), (0, 1, 0), (0, 0, 0)),
    phrase("edge"): ((-1, -1, -1), (-1, 8, -1), (-1, -1, -1)),
    phrase("sobel_x"): ((-1, 0, 1), (-2, 0, 2), (-1, 0, 1)),
    phrase("sobel_y"): ((-1, -2, -1), (0, 0, 0), (1, 2, 1)),
    phrase("sharpen"): ((0, -1, 0), (-1, 5, -1), (0, -1, 0)),
    phrase("blur"): ((1 / 9,) * 3,) * 3,
    phrase("emboss"): ((-2, -1, 0), (-1, 1, 1), (0, 1, 2)),
}


def apply_kernel(image: npt.ArrayLike, kernel: npt.ArrayLike, *, flip: bool = False) -> Floats:
    """``kernel`` (odd-sized, square or not) over a 2-D ``image`` with zero padding, output the image's size.

    ``flip=False`` is the cross-correlation a Conv2D layer computes; ``flip=True`` is true convolution.
    """
    pixels = np.asarray(image, dtype=np.float64)
    weights = np.asarray(kernel, dtype=np.float64)
    if pixels.ndim != 2 or weights.ndim != 2:
        raise ValueError("the image and the kernel must both be 2-D")
    kh, kw = weights.shape
    if kh % 2 == 0 or kw % 2 == 0:
        raise ValueError(f"the kernel must have odd sides to be centred; it is {kh}x{kw}")
    if flip:
        weights = weights[::-1, ::-1]
    padded = np.pad(pixels, ((kh // 2, kh // 2), (kw // 2, kw // 2)))
    windows = np.lib.stride_tricks.sliding_window_view(padded, (kh, kw))
    result: Floats = np.einsum("ijkl,kl->ij", windows, weights)
    return result
