"""Wrong: a single (H, W, 1) image read as a batch of H grayscale images."""
EXERCISE, VERDICT, SAYS = "transfer.to_model_input", "wrong", 'single gray, 1 channel'
MUTATE = [
    ('x.shape[-1] not in (1, 3)', 'x.shape[-1] != 3'),
]
