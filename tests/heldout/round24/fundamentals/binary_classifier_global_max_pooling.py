"""Wrong: the learner picked GlobalMaxPooling1D, the pooling next to the average in the layer list, which also gives one vector per review; breaks 'an average over the sequence (GlobalAveragePooling1D)'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('keras.layers.GlobalAveragePooling1D(),',
     'keras.layers.GlobalMaxPooling1D(),'),
]
