"""Wrong: sets data_format="channels_first" on the ImageDataGenerator (old Theano-era code), so batches come out (batch, 3, height, width); breaks 'images resized to `image_size`'."""

EXERCISE, VERDICT = "data.legacy_generator", "wrong"

MUTATE = [
    ('ImageDataGenerator(rescale=1.0 / 255)',
     'ImageDataGenerator(rescale=1.0 / 255, data_format="channels_first")'),
]
