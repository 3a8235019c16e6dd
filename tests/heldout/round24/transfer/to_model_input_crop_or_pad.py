"""Wrong: the learner read "resized, not reshaped, so the picture stays where it was" as "keep the pixels where they are" and used tf.image.resize_with_crop_or_pad: the output has the right shape, and an image already at image_size is unchanged, but a bigger one is cut to its centre and a smaller one padded with black instead of being scaled; breaks 'any size -> resized to `image_size` (height, width): resized, not reshaped'."""

EXERCISE, VERDICT = "transfer.to_model_input", "wrong"

MUTATE = [
    ('    x = tf.image.resize(tf.cast(x, tf.float32), image_size)',
     '    x = tf.image.resize_with_crop_or_pad(tf.cast(x, tf.float32), image_size[0], image_size[1])'),
]
