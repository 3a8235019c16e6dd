"""Right: fits each model in the given order with every setting passed by keyword, the same validation batch size as the training batch size (validation_batch_size=batch_size, which changes only how evaluation is chunked) and shuffle=True spelled out, and pairs each name with the History fit returned."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "done"

MUTATE = [
    ("    histories = []\n    for name, model in models.items():\n"
     "        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n"
     "                            validation_data=(val_data, val_labels), verbose=0)\n"
     "        histories.append((name, history))\n    return histories",
     "    settings = dict(epochs=epochs, batch_size=batch_size, validation_data=(val_data, val_labels),\n"
     "                    validation_batch_size=batch_size, shuffle=True, verbose=0)\n"
     "    return [(name, model.fit(x=train_data, y=train_labels, **settings)) for name, model in models.items()]"),
]
