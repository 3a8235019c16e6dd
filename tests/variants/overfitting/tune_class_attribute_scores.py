"""Wrong: keeps the scores in a class attribute, so a second search also ranks the first search's combinations and can return one not in its lists; breaks 'for every (learning_rate, units, dropout) of the three lists' and 'Every function works from its arguments alone'."""
EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", 'second search'
MUTATE = [
    ('''def tune(x, y, learning_rates, units, dropouts, epochs=3, validation_split=0.25):
    scores = {}
''', '''class _Search:
    scores = {}


def tune(x, y, learning_rates, units, dropouts, epochs=3, validation_split=0.25):
    scores = _Search.scores
'''),
]
