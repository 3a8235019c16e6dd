"""Wrong: builds EfficientNetB1 ('a little better'); breaks 'EfficientNetB0 without its top' (4,062,381 parameters with 10 classes)."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"
MUTATE = [
    ('    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)',
     '    base = keras.applications.EfficientNetB1(include_top=False, weights=weights)'),
]
