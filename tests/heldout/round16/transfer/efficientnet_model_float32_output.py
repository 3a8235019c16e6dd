"""Right: gives the softmax output layer dtype="float32", the course's habit for mixed precision; the model and its counts are unchanged under the default float32 policy."""

EXERCISE, VERDICT = 'transfer.efficientnet_model', 'done'

MUTATE = [
    ('activation="softmax", name="output_layer")(x)',
     'activation="softmax", name="output_layer", dtype="float32")(x)'),
]
