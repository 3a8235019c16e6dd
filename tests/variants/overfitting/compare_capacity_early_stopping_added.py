"""Wrong: Added an EarlyStopping(patience=1) callback to save time, so runs may stop before `epochs`; breaks 'epochs, batch_size: the same for every model'."""
EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", 'none that ends a run early'
MUTATE = [
    ('        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            validation_data=(val_data, val_labels), verbose=0)',
     '        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            validation_data=(val_data, val_labels), verbose=0,\n                            callbacks=[keras.callbacks.EarlyStopping(monitor="val_loss", patience=1)])'),
]
