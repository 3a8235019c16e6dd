"""Wrong: calls tf.image.grayscale_to_rgb(x) without keeping its result, so grayscale inputs come out with one channel; breaks 'grayscale (H, W), (H, W, 1), (N, H, W) or (N, H, W, 1) -> 3 identical channels'."""

EXERCISE, VERDICT = "transfer.to_model_input", "wrong"

MUTATE = [
    (
        '        x = tf.image.grayscale_to_rgb(x)\n',
        '        tf.image.grayscale_to_rgb(x)\n',
    ),
]
