"""Wrong: the learner typed the note's Embedding(10000, 16) and left vocab_size unused; it trains fine on small word ids, so nothing fails at vocab_size=20, but the table has 10000 rows; breaks 'an embedding of `vocab_size` words, 16 numbers per word'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('keras.layers.Embedding(vocab_size, 16),',
     'keras.layers.Embedding(10000, 16),'),
]
