"""Wrong: reads a 3-dimensional input as one image whenever its last axis is at most 3 (x.shape[-1] > 3 means a batch), so a batch of grayscale images 2 pixels wide becomes one 2-channel image; breaks 'any other 3-dimensional input is a batch of grayscale images (N, H, W)'."""

EXERCISE, VERDICT, SAYS = "transfer.to_model_input", "wrong", 'batch gray'

MUTATE = [
    ('(x.shape.rank == 3 and x.shape[-1] not in (1, 3))',
     '(x.shape.rank == 3 and x.shape[-1] > 3)'),
]
