"""Wrong: the learner passed image_size[::-1] to the resize, thinking of sizes as (width, height) as image libraries write them, and the square default (160, 160) gave (N, 160, 160, 3); breaks '`image_size` (height, width)' and the returned '(N, image_size[0], image_size[1], 3)' for a size like (24, 16)."""

EXERCISE, VERDICT = "transfer.to_model_input", "wrong"

MUTATE = [
    ('x = tf.image.resize(tf.cast(x, tf.float32), image_size)',
     'x = tf.image.resize(tf.cast(x, tf.float32), tuple(image_size)[::-1])'),
]
