"""Wrong: calls keras.utils.set_random_seed(0) before each fit "for fairness", resetting Python's, NumPy's and TensorFlow's global random state for the caller; breaks 'Every function works from its arguments alone'."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    ('''    for name, model in models.items():
        history = model.fit(''',
     '''    for name, model in models.items():
        keras.utils.set_random_seed(0)  # every model shuffled alike
        history = model.fit('''),
]
