"""Wrong: sizes the embedding vocab_size - 1 ('ids go up to vocab_size - 1'), so the largest word id has no vector; breaks 'an embedding of `vocab_size` words'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ('        keras.layers.Embedding(vocab_size, 16),',
     '        keras.layers.Embedding(vocab_size - 1, 16),  # ids go up to vocab_size - 1'),
]
