"""Wrong: the output unit has no activation while the loss is plain binary_crossentropy; breaks 'one sigmoid output unit'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('''            keras.layers.Dense(1, activation="sigmoid"),
        ])''',
     '''            keras.layers.Dense(1),
        ])'''),
]
