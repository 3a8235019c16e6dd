"""Wrong: draws on plt.figure("history"), a named figure that pyplot hands back on the next call, so a second call's axes still hold the first call's runs; breaks 'Every function works from its arguments alone, as it may be called again with others'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('    fig, ax = plt.subplots(figsize=(8, 5))\n    for name, history in histories:',
     '    fig = plt.figure("history", figsize=(8, 5))\n    ax = fig.gca()\n    for name, history in histories:'),
]
