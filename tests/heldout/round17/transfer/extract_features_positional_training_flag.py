"""Wrong: calls the base as base(images, False), passing training positionally; a Keras 3 functional or Sequential model takes only input tensors positionally and raises; breaks 'it must run as it does at inference: no dropout, no batch statistics'."""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    ('base(images, training=False)',
     'base(images, False)'),
]
