"""Wrong: compiles with the Keras 2 spelling metrics=["acc", ...], so the runs' histories hold "acc"/"val_acc" and no "accuracy"; breaks 'the metrics "accuracy" and "binary_crossentropy"'."""
EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"
MUTATE = [
    ('metrics=["accuracy", "binary_crossentropy"])', 'metrics=["acc", "binary_crossentropy"])'),
]
