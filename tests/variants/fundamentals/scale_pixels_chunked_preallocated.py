"""Right: fills a preallocated float32 array in chunks of 65536 pixels (bounding the temporary memory), dividing each chunk by a float32 255, then gives it the input's shape."""

EXERCISE, VERDICT, SAYS = "fundamentals.scale_pixels", "done", ""

import numpy as np

_CHUNK = 1 << 16  # pixels per step


def scale_pixels(images):
    pixels = np.asarray(images)
    flat = pixels.reshape(-1)
    out = np.empty(flat.shape, dtype=np.float32)
    for start in range(0, flat.size, _CHUNK):
        stop = start + _CHUNK
        out[start:stop] = flat[start:stop] / np.float32(255)
    return out.reshape(pixels.shape)
