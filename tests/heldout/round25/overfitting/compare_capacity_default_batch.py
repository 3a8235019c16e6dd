"""Wrong: left batch_size out of fit(), so every model trains in Keras's default batches of 32; the three are still trained alike, with the right epochs and validation data; breaks 'epochs, batch_size: the same for every model' (the batch size given)."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    ('epochs=epochs, batch_size=batch_size,',
     'epochs=epochs,'),
]
