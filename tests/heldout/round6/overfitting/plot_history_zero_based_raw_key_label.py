"""Right: plots against the default 0-based x (as History.epoch counts), with linestyle keywords, a figure from plt.figure, and the key itself as the y label."""
EXERCISE, VERDICT = "overfitting.plot_history", "done"
MUTATE = [
    ('''    fig, ax = plt.subplots(figsize=(8, 5))
    for name, history in histories:
        curves = _curves(history)
        epochs = range(1, len(curves[key]) + 1)
        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")
    ax.set_xlabel("Epochs")
    ax.set_ylabel(key.replace("_", " ").title())
    ax.legend()
    return fig''',
     '''    fig = plt.figure(figsize=(8, 5))
    ax = fig.add_subplot()
    for name, history in histories:
        curves = _curves(history)
        line, = ax.plot(curves["val_" + key], linestyle="--", label=f"{name.title()} Val")
        ax.plot(curves[key], linestyle="-", color=line.get_color(), label=f"{name.title()} Train")
    ax.set_xlabel("Epochs")
    ax.set_ylabel(key)
    ax.legend()
    return fig'''),
]
