"""Wrong: used the textbook weight decay factor/2 * sum(w ** 2) for l2 (L2(factor / 2)); l1 is right and the model trains; breaks '"l2": factor * sum(w ** 2)'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    ('else keras.regularizers.L2(factor)',
     'else keras.regularizers.L2(factor / 2)'),
]
