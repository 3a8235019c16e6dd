"""Wrong: Added Rescaling(1/255) before EfficientNetB0, which rescales inside itself; breaks 'The model, in order: an input ..., EfficientNetB0 ..., a global average pooling ..., an output' (the base no longer sees the pixels it expects)."""
EXERCISE, VERDICT, SAYS = "transfer.efficientnet_model", "wrong", "note 001's order"
MUTATE = [
    ('    x = base(inputs, training=False)',
     '''    x = keras.layers.Rescaling(1.0 / 255)(inputs)
    x = base(x, training=False)'''),
]
