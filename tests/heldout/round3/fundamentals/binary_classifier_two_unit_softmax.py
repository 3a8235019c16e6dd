"""Wrong: Two softmax units with sparse_categorical_crossentropy instead of one sigmoid unit; breaks 'an output of 1 unit, sigmoid: the probability of "positive"' and the binary_crossentropy loss."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ('''        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])''',
     '''        keras.layers.Dense(2, activation="softmax"),
    ])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])'''),
]
