"""Wrong: turns the grid on (and the legend frame off) through plt.rcParams.update, a global setting that stays changed for every later plot of the program; breaks 'it changes neither them, nor this module's variables, nor the program's settings'."""

EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "wrong", "matplotlib.rcParams"

MUTATE = [
    ('    fig, ax = plt.subplots(figsize=(8, 5))\n',
     '    plt.rcParams.update({"axes.grid": True, "legend.frameon": False})  # curves are easier to read on a grid\n'
     '    fig, ax = plt.subplots(figsize=(8, 5))\n'),
]
