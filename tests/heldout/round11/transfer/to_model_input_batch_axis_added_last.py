"""Wrong: adds the batch axis of a single image at the end (x[..., None]) instead of the front, so (H, W, 3) becomes H grayscale images; breaks 'a single image (H, W, 3) -> a batch of one (1, H, W, 3)'."""

EXERCISE, VERDICT = "transfer.to_model_input", "wrong"

MUTATE = [
    ('        x = x[tf.newaxis]  # a single image',
     '        x = x[..., tf.newaxis]  # a single image'),
]
