"""Wrong: halves the validation time by validating on every other held-out sample (val_data[::2]); every model gets the same half, but not the data it was given; breaks 'val_data, val_labels: what each model is validated on after every epoch'."""

EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", "validation data of the smaller model"

MUTATE = [
    ('validation_data=(val_data, val_labels)',
     'validation_data=(val_data[::2], val_labels[::2])'),
]
