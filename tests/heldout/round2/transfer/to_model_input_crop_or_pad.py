"""Wrong: Used resize_with_crop_or_pad, which crops/pads instead of resizing; breaks 'resized, not reshaped, so the picture stays where it was'."""
EXERCISE, VERDICT = "transfer.to_model_input", "wrong"
MUTATE = [
    ('x = tf.image.resize(tf.cast(x, tf.float32), image_size)',
     'x = tf.image.resize_with_crop_or_pad(tf.cast(x, tf.float32), image_size[0], image_size[1])'),
]
