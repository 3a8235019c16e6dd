"""Wrong: freezes the base layer by layer but skips the BatchNormalization layers ("they must keep adapting"), so their gammas and betas train; breaks 'EfficientNetB0 without its top, with the weights argument, frozen'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    (
        '    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)\n    base.trainable = False\n',
        '    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)\n    for layer in base.layers:\n        if not isinstance(layer, keras.layers.BatchNormalization):  # let the statistics adapt\n            layer.trainable = False\n',
    ),
]
