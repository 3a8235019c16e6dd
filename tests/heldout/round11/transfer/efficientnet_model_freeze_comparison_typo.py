"""Wrong: writes base.trainable == False, a comparison that freezes nothing; breaks 'EfficientNetB0 without its top, with the weights argument, frozen'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)\n    base.trainable = False',
     '    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)\n    base.trainable == False'),
]
