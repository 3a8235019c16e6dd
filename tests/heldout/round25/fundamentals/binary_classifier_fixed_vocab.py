"""Wrong: copied the note's Embedding(10000, 16) literally; with the default vocab_size it is right, and with a small vocabulary it still trains, but the table has 10000 rows; breaks 'an embedding of `vocab_size` words'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('keras.layers.Embedding(vocab_size, 16),',
     'keras.layers.Embedding(10000, 16),'),
]
