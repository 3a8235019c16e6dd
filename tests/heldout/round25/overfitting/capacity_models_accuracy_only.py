"""Wrong: compiled with metrics=["accuracy"] only, thinking the loss already is the binary cross-entropy; the models train and report accuracy; breaks 'the metrics "accuracy" and "binary_crossentropy"'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    ('metrics=["accuracy", "binary_crossentropy"]',
     'metrics=["accuracy"]'),
]
