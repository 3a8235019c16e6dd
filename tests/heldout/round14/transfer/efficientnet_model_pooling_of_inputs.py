"""Wrong: the pooling layer is called on inputs instead of the base's output (a variable slip), so the model never goes through EfficientNetB0 and pools the 3 colour channels; breaks 'a global average pooling, named "global_average_pooling_layer"' on the base's features and 'The note's summary, with 10 classes: 4,062,381 parameters'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('GlobalAveragePooling2D(name="global_average_pooling_layer")(x)',
     'GlobalAveragePooling2D(name="global_average_pooling_layer")(inputs)'),
]
