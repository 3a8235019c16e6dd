"""Wrong: Set the BatchNormalization layers' momentum to 1.0 so their moving statistics stay put, instead of freezing them; breaks 'and besides, every BatchNormalization layer of the base frozen' (gamma and beta still train, batches still normalise with their own statistics)."""
EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"
MUTATE = [
    ('''    for layer in base_model.layers:
        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):
            layer.trainable = False''',
     '''    for layer in base_model.layers:
        if layer in frozen:
            layer.trainable = False
        elif isinstance(layer, keras.layers.BatchNormalization):
            layer.momentum = 1.0'''),
]
