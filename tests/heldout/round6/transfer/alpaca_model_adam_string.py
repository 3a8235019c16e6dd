"""Right: optimizer given as 'adam', whose default learning rate is 0.001."""
EXERCISE, VERDICT = "transfer.alpaca_model", "done"
MUTATE = [
    ('''    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),
                  loss=keras.losses.BinaryCrossentropy(from_logits=True), metrics=["accuracy"])''',
     '    model.compile(optimizer="adam", loss=keras.losses.BinaryCrossentropy(from_logits=True), metrics=["accuracy"])'),
]
