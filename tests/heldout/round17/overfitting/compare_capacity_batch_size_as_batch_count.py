"""Wrong: reads batch_size as the number of batches and fits with batch_size=len(train_data) // batch_size; breaks 'epochs, batch_size: the same for every model (the note: 20 and 512)'."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    ('epochs=epochs, batch_size=batch_size,',
     'epochs=epochs, batch_size=len(train_data) // batch_size,'),
]
