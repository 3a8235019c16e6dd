"""Wrong: tests isinstance(layer, keras.layers.Normalization), taking the preprocessing layer for the base class of batch normalisation; no BatchNormalization layer matches, so they all train; breaks 'and besides, every BatchNormalization layer of the base frozen'."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"

MUTATE = [
    (
        '        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):\n',
        '        if layer in frozen or isinstance(layer, keras.layers.Normalization):\n',
    ),
]
