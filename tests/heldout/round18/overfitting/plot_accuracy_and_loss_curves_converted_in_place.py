"""Wrong: turns every list of the given history dict into a NumPy array in place (json.dump then fails on it); breaks 'it changes neither them nor this module's variables'."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"

MUTATE = [
    ('''    curves = _curves(history)
    fig, (top, bottom)''',
     '''    curves = _curves(history)
    for name in curves:
        curves[name] = np.asarray(curves[name])
    fig, (top, bottom)'''),
]
