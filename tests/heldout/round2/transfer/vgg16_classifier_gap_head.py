"""Wrong: Pooled with GlobalAveragePooling2D instead of flattening; breaks 'the head: a flattening' and the parameter count."""
EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"
MUTATE = [
    ('x = keras.layers.Flatten()(base.output)',
     'x = keras.layers.GlobalAveragePooling2D()(base.output)'),
]
