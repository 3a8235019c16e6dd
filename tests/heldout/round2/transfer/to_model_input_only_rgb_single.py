"""Wrong: Treated a 3-D input as one image only when its last axis is 3, so (H, W, 1) is read as a batch; breaks 'a 3-dimensional input whose last axis is 1 or 3 is one image'."""
EXERCISE, VERDICT = "transfer.to_model_input", "wrong"
MUTATE = [
    ('x.shape[-1] not in (1, 3)',
     'x.shape[-1] != 3'),
]
