"""Wrong: Trained each model on the training and validation data together ('more data helps'); breaks 'train_data,
train_labels: what each model trains on ... validated on the same held-out data'."""
EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", "examples of val_data among them"
MUTATE = [
    ('''        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,
                            validation_data=(val_data, val_labels), verbose=0)''',
     '''        history = model.fit(np.concatenate([train_data, val_data]),
                            np.concatenate([train_labels, val_labels]),
                            epochs=epochs, batch_size=batch_size,
                            validation_data=(val_data, val_labels), verbose=0)'''),
]
