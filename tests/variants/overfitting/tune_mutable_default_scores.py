"""Wrong: keeps the scores in a default argument (scores={}) meant as a cache, so a second search still holds the first one's runs and may return one of them; breaks 'The best combination is the one with the highest score.'."""

EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", 'default value of scores'

MUTATE = [
    ('def tune(x, y, learning_rates, units, dropouts, epochs=3, validation_split=0.25):\n    scores = {}',
     'def tune(x, y, learning_rates, units, dropouts, epochs=3, validation_split=0.25, scores={}):'),
]
