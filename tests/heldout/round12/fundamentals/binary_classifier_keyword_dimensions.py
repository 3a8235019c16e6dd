"""Right: names the embedding's dimensions (input_dim=, output_dim=) and gives Adam its default rate explicitly."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "done"

MUTATE = [
    ('keras.layers.Embedding(vocab_size, 16)',
     'keras.layers.Embedding(input_dim=vocab_size, output_dim=16)'),
    ('model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])',
     'model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001), loss="binary_crossentropy",\n                  metrics=["accuracy"])'),
]
