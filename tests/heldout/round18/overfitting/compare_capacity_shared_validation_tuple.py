"""Right: one validation tuple built once, the models fitted by name lookup with keyword arguments only, the pairs collected in a list."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "done"

MUTATE = [
    ('''def compare_capacity(models, train_data, train_labels, val_data, val_labels, epochs=20, batch_size=512):
    histories = []
    for name, model in models.items():
        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,
                            validation_data=(val_data, val_labels), verbose=0)
        histories.append((name, history))
    return histories
''',
     '''def compare_capacity(models, train_data, train_labels, val_data, val_labels, epochs=20, batch_size=512):
    held_out = (val_data, val_labels)
    runs = []
    for name in models:
        run = models[name].fit(x=train_data, y=train_labels, batch_size=batch_size, epochs=epochs,
                               validation_data=held_out, verbose=0)
        runs.append((name, run))
    return runs
'''),
]
