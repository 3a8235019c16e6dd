"""Wrong: sends every input through grayscale and back (one path for all layouts), so colour images lose their colours; breaks 'a single image (H, W, 3) -> a batch of one' with its values kept."""

EXERCISE, VERDICT, SAYS = "transfer.to_model_input", "wrong", 'channels'

MUTATE = [
    (
        '    if x.shape[-1] == 1:\n        x = tf.image.grayscale_to_rgb(x)\n',
        '    if x.shape[-1] == 3:\n        x = tf.image.rgb_to_grayscale(x)  # one way in for every layout\n    x = tf.image.grayscale_to_rgb(x)\n',
    ),
]
