"""Wrong: pools the word vectors with a Lambda that sums them over the sequence, so the pooled vector grows with the review's length; breaks 'averages the vectors over the review' and 'an average over the sequence (GlobalAveragePooling1D)'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    (
        '        keras.layers.GlobalAveragePooling1D(),\n',
        '        keras.layers.Lambda(lambda vectors: keras.ops.sum(vectors, axis=1)),  # pool the words\n',
    ),
]
