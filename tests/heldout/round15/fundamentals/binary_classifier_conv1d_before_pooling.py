"""Wrong: copies the course's text CNN: a Conv1D(16, 5, relu) between the embedding and the pooling, so the model averages convolved windows, not the word vectors (and needs reviews of 5 words or more); breaks 'Layers, in order: an embedding ..., an average over the sequence (GlobalAveragePooling1D)'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('        keras.layers.GlobalAveragePooling1D(),\n        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy"',
     '        keras.layers.Conv1D(16, 5, activation="relu"),\n        keras.layers.GlobalAveragePooling1D(),\n        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy"'),
]
