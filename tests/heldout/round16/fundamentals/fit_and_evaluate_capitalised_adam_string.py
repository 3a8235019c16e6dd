"""Right: names the optimizer optimizer='Adam', the class name, which Keras 3 resolves to the same Adam optimizer as 'adam'."""

EXERCISE, VERDICT = 'fundamentals.fit_and_evaluate', 'done'

MUTATE = [
    ('optimizer="adam", loss="sparse_categorical_crossentropy"',
     'optimizer="Adam", loss="sparse_categorical_crossentropy"'),
]
