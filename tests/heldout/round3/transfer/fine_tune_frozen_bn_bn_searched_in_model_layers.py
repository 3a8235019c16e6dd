"""Wrong: Looked for the BatchNormalization layers in model.layers, where the nested base is one layer, so none of the base's are frozen; breaks 'and besides, every BatchNormalization layer of the base frozen'."""
EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"
MUTATE = [
    ('''    for layer in base_model.layers:
        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):
            layer.trainable = False''',
     '''    for layer in frozen:
        layer.trainable = False
    for layer in model.layers:
        if isinstance(layer, keras.layers.BatchNormalization):
            layer.trainable = False'''),
]
