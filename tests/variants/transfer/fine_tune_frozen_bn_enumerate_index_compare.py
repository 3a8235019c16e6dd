"""Wrong: unfreezes a layer when its enumerate index >= fine_tune_at, which for a negative fine_tune_at (-10) unfreezes every layer; breaks 'Args: as fine_tune's' (fine_tune_at -10 counts from the end, as Python's slices count)."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune_frozen_bn", "wrong", 'trainable_variables'

MUTATE = [
    ('''    frozen = base_model.layers[:fine_tune_at]
    for layer in base_model.layers:
        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):
            layer.trainable = False
''',
     '''    for index, layer in enumerate(base_model.layers):
        layer.trainable = index >= fine_tune_at and not isinstance(layer, keras.layers.BatchNormalization)
'''),
]
