"""Wrong: caches the rescaled images to a file in the temporary folder (tempfile.gettempdir()/tfkata_modern_loader) and prefetches, so that later epochs and runs skip the decoding; once that cache file exists, tf.data replays it whatever folder or image_size a later call is given; breaks 'Every function works from its arguments alone, as it may be called again with others' and 'the same images as legacy_generator finds ... resized to `image_size`'."""

EXERCISE, VERDICT, SAYS = "data.modern_loader", "wrong", "returned dataset"

MUTATE = [
    ('import csv\n', 'import csv\nimport os\nimport tempfile\n'),
    ('    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '    cache_file = os.path.join(tempfile.gettempdir(), "tfkata_modern_loader")  # decode once, reuse on every epoch\n'
     '    return dataset.map(lambda images, labels: (rescale(images), labels)).cache(cache_file).prefetch(AUTOTUNE)'),
]
