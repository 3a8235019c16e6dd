"""Wrong: follows note 000's '入力には入力の配列を入れる必要がある' by always adding a batch axis, so a batch (N, H, W, 3) becomes (1, N, H, W, 3); breaks 'a single image (H, W, 3) -> a batch of one (1, H, W, 3)' (only a single image gets one)."""

EXERCISE, VERDICT = "transfer.to_model_input", "wrong"

MUTATE = [
    ('    if x.shape.rank == 3:\n        x = x[tf.newaxis]  # a single image',
     '    x = x[tf.newaxis]  # note 000: a batch around the input'),
]
