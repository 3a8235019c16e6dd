"""Right: Picks each run's colour as "C<i>", draws with linestyle keywords on fig.add_subplot, and counts epochs from 0 as History.epoch does (allowed)."""
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
     '''    fig = plt.figure(figsize=(9, 5))
    ax = fig.add_subplot(1, 1, 1)
    for i, (name, history) in enumerate(histories):
        curves = getattr(history, "history", history)
        colour = f"C{i % 10}"
        epochs = list(range(len(curves[key])))
        ax.plot(epochs, curves[key], color=colour, linestyle="-", label=f"{name.title()} Train")
        ax.plot(epochs, curves["val_" + key], color=colour, linestyle="--", label=f"{name.title()} Val")
    ax.set_xlabel("Epochs")
    ax.set_ylabel(key)
    ax.legend(loc="best")
    return fig'''),
]
