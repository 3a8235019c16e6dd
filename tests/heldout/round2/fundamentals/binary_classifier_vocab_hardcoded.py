"""Wrong: Hard-coded the note's 10000 words in the Embedding; breaks 'an embedding of `vocab_size` words'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ('keras.layers.Embedding(vocab_size, 16)',
     'keras.layers.Embedding(10000, 16)'),
]
