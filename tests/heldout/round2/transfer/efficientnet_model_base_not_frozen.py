"""Wrong: Never froze EfficientNetB0; breaks 'frozen' and '12,810 trainable'."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"
MUTATE = [
    ('base = keras.applications.EfficientNetB0(include_top=False, weights=weights)\n    base.trainable = False',
     'base = keras.applications.EfficientNetB0(include_top=False, weights=weights)'),
]
