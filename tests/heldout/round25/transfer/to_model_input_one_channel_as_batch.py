"""Wrong: the learner's rule was "three channels at the end is one image, any other 3-D input is a batch of grayscale images", which handled (H, W, 3) and (N, H, W) in their tries; an (H, W, 1) image becomes H images of width 1; breaks 'A 3-dimensional input whose last axis is 1 or 3 is one image' and '(H, W, 1) -> 3 identical channels' in a batch of one."""

EXERCISE, VERDICT = "transfer.to_model_input", "wrong"

MUTATE = [
    ('if x.shape.rank == 2 or (x.shape.rank == 3 and x.shape[-1] not in (1, 3)):',
     'if x.shape.rank == 2 or (x.shape.rank == 3 and x.shape[-1] != 3):'),
]
