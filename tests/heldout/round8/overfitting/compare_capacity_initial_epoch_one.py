"""Wrong: passes initial_epoch=1 so the epochs print from 1, which makes each model train epochs - 1 epochs; breaks 'epochs, batch_size: the same for every model' (each trains `epochs` epochs)."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    (
        'validation_data=(val_data, val_labels), verbose=0)',
        'validation_data=(val_data, val_labels), initial_epoch=1, verbose=0)',
    ),
]
