"""Wrong: PyTorch's model.eval() thinking, which affects Dropout as well as BatchNorm, so it freezes the base's Dropout layers with its BatchNormalization; breaks 'layers from fine_tune_at on trainable' (only BatchNormalization stays frozen)."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"

MUTATE = [
    ('if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):',
     'if layer in frozen or isinstance(layer, (keras.layers.BatchNormalization, keras.layers.Dropout)):'),
]
