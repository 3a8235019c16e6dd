"""Wrong: weights=None written in."""
EXERCISE, VERDICT, SAYS = "transfer.efficientnet_model", "wrong", 'weights argument'
MUTATE = [
    ('keras.applications.EfficientNetB0(include_top=False, weights=weights)', 'keras.applications.EfficientNetB0(include_top=False, weights=None)'),
]
