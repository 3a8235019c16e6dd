"""Wrong: decorates scale_pixels with functools.lru_cache so repeated batches are not scaled twice; NumPy arrays are unhashable, so every call raises TypeError; breaks 'images: an array of any shape with values 0..255'."""

EXERCISE, VERDICT, SAYS = "fundamentals.scale_pixels", "wrong", "scale_pixels() raised TypeError"

MUTATE = [
    ('import os\n', 'import functools\nimport os\n'),
    ('def scale_pixels(images):',
     '@functools.lru_cache(maxsize=32)  # the same batches get scaled again and again\ndef scale_pixels(images):'),
]
