"""Right: recognises the base's BatchNormalization layers with type(layer) is keras.layers.BatchNormalization, which is exactly their class in keras.applications."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "done"

MUTATE = [
    ('isinstance(layer, keras.layers.BatchNormalization)',
     'type(layer) is keras.layers.BatchNormalization'),
]
