"""Wrong: defaults factor to 0.01, Keras's own default, instead of the note's 0.001, so regularized_model() penalises ten times harder; breaks the stub's 'regularized_model(num_words=10000, kind="l2", factor=0.001)' (the docstring: 'The note's keras.regularizers.l2(0.001)')."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    ('def regularized_model(num_words=10000, kind="l2", factor=0.001):',
     'def regularized_model(num_words=10000, kind="l2", factor=0.01):'),
]
