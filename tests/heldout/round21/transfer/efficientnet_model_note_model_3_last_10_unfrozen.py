"""Wrong: carries over note 001's Model 3 lines (base_model.trainable = True, then layers[:-10] frozen), so the base's last 10 layers train; breaks 'EfficientNetB0 without its top, with the weights argument, frozen'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)\n    base.trainable = False',
     '    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)\n    base.trainable = True  # note 001, Model 3\n    for layer in base.layers[:-10]:\n        layer.trainable = False'),
]
