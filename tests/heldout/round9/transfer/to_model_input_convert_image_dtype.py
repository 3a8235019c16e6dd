"""Wrong: converts with tf.image.convert_image_dtype(x, tf.float32), which also rescales integer images to [0, 1] (200 becomes 0.78) while float64 ones are only cast; breaks 'uint8 or float64 -> float32, values kept (200 stays 200.0: scaling is the model's job)'."""

EXERCISE, VERDICT = "transfer.to_model_input", "wrong"

MUTATE = [
    (
        '    x = tf.image.resize(tf.cast(x, tf.float32), image_size)\n',
        '    x = tf.image.resize(tf.image.convert_image_dtype(x, tf.float32), image_size)\n',
    ),
]
