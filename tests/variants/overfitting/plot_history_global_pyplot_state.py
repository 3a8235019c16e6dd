"""Wrong: Drew on pyplot's current figure (plt.gcf()/plt.gca()) instead of a new one, so a second call's figure also
holds the first call's lines; breaks 'for each (name, history) pair, on one axes: the validation curve ... and the
training curve' (only those lines)."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "wrong", "lines of the first call too"
MUTATE = [
    ('''    fig, ax = plt.subplots(figsize=(8, 5))
    for name, history in histories:''',
     '''    fig = plt.gcf()
    ax = plt.gca()
    for name, history in histories:'''),
]
