"""Wrong: Handled only (H, W) as missing a channel, so a gray batch (N, H, W) is read as one image of W channels; breaks '(N, H, W) -> 3 identical channels'."""
EXERCISE, VERDICT = "transfer.to_model_input", "wrong"
MUTATE = [
    ('if x.shape.rank == 2 or (x.shape.rank == 3 and x.shape[-1] not in (1, 3)):',
     'if x.shape.rank == 2:'),
]
