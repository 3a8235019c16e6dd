"""Wrong: tells a single image from a grayscale batch by the first axis (channels-first habit); breaks 'A 3-dimensional input whose last axis is 1 or 3 is one image; any other 3-dimensional input is a batch of grayscale images (N, H, W)'."""
EXERCISE, VERDICT = "transfer.to_model_input", "wrong"
MUTATE = [
    ('    if x.shape.rank == 2 or (x.shape.rank == 3 and x.shape[-1] not in (1, 3)):',
     '    if x.shape.rank == 2 or (x.shape.rank == 3 and x.shape[0] not in (1, 3)):'),
]
