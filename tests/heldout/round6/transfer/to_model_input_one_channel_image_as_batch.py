"""Wrong: treats a 3-dimensional input as one image only when its last axis is 3, so (H, W, 1) becomes a batch of H grayscale images; breaks 'A 3-dimensional input whose last axis is 1 or 3 is one image'."""
EXERCISE, VERDICT = "transfer.to_model_input", "wrong"
MUTATE = [
    ('    if x.shape.rank == 2 or (x.shape.rank == 3 and x.shape[-1] not in (1, 3)):',
     '    if x.shape.rank == 2 or (x.shape.rank == 3 and x.shape[-1] != 3):'),
]
