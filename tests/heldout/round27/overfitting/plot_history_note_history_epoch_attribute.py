"""Wrong: the learner kept note 003's x values, the History's own epoch list (history.epoch, shifted by one to count from 1), while reading the curves through getattr(history, "history", history) as the module advises; with the three Histories of their check every line is right, but handed the histories as plain dicts, which the function must take too, it stops at AttributeError: 'dict' object has no attribute 'epoch' and draws nothing; breaks 'histories: a list of (name, history) pairs; each history a History or its dict'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('''        epochs = range(1, len(curves[key]) + 1)''',
     '''        epochs = [epoch + 1 for epoch in history.epoch]'''),
]
