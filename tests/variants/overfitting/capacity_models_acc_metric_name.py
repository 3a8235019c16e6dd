"""Wrong: compiles with the Keras 2 spelling metrics=["acc", ...], so the runs' histories hold "acc"/"val_acc" and no "accuracy"; breaks 'the metrics "accuracy" and "binary_crossentropy"'."""
EXERCISE, VERDICT, SAYS = "overfitting.capacity_models", "wrong", 'metric names in the history'
MUTATE = [
    ('metrics=["accuracy", "binary_crossentropy"])', 'metrics=["acc", "binary_crossentropy"])'),
]
