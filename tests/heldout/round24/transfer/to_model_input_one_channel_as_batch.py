"""Wrong: the learner decided "3-dimensional without 3 colour channels means a batch of grayscale images" and tested only for a last axis of 3, so a single grayscale image (H, W, 1) is taken for H images of W x 1 pixels; (H, W), (H, W, 3), (N, H, W) and 4-dimensional inputs all come out right; breaks 'A 3-dimensional input whose last axis is 1 or 3 is one image' and '(H, W, 1) -> 3 identical channels'."""

EXERCISE, VERDICT = "transfer.to_model_input", "wrong"

MUTATE = [
    ('    if x.shape.rank == 2 or (x.shape.rank == 3 and x.shape[-1] not in (1, 3)):',
     '    if x.shape.rank == 2 or (x.shape.rank == 3 and x.shape[-1] != 3):'),
]
