"""Right (its writer labelled it wrong): freezes the base's Dropout layers with its BatchNormalization, PyTorch's model.eval() habit; a Dropout has no weights and its trainable flag changes nothing (and MobileNetV2 has none)."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune_frozen_bn", "done", ""

MUTATE = [
    ('if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):',
     'if layer in frozen or isinstance(layer, (keras.layers.BatchNormalization, keras.layers.Dropout)):'),
]
