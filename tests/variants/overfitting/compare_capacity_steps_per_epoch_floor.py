"""Wrong: adds steps_per_epoch=len(train_data) // batch_size; on arrays Keras 3 then drops the partial batch from each epoch and carries its iterator over to the next; breaks 'train_data, train_labels: what each model trains on.'."""

EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", 'batches per epoch'

MUTATE = [
    ('        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            validation_data=(val_data, val_labels), verbose=0)',
     '        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            steps_per_epoch=max(1, len(train_data) // batch_size),\n                            validation_data=(val_data, val_labels), verbose=0)'),
]
