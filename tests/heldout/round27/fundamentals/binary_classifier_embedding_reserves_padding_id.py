"""Wrong: the learner remembered that padded reviews use id 0 for padding and gave the embedding one more row, Embedding(vocab_size + 1, 16), "so that the last word still fits"; with the default vocabulary nothing looked different and the model trains, but the embedding now holds vocab_size + 1 words (21 rows for vocab_size=20, 10001 for the default), a row no word id below vocab_size can ever use; breaks 'an embedding of `vocab_size` words, 16 numbers per word'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('''        keras.layers.Embedding(vocab_size, 16),''',
     '''        keras.layers.Embedding(vocab_size + 1, 16),  # + 1: id 0 is the padding'''),
]
