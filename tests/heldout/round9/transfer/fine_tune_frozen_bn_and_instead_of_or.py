"""Wrong: joins the two conditions with and: only the BatchNormalization layers before fine_tune_at get frozen, so every other early layer and every later BatchNormalization trains; breaks 'layers from fine_tune_at on trainable, those before frozen ... and besides, every BatchNormalization layer of the base frozen'."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"

MUTATE = [
    (
        '        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):\n',
        '        if layer in frozen and isinstance(layer, keras.layers.BatchNormalization):\n',
    ),
]
