"""Right: the learner gives each run the i-th colour of matplotlib's cycle by hand, color=f"C{i}" from enumerate(histories), and draws its training curve solid and its validation curve with linestyle="--" in that colour, both against np.arange(1, n + 1) for the run's own n epochs; labels are the run's name in title case plus " Train" / " Val", the x axis is "Epochs", the y axis the key itself, and ax.legend() lists them; dicts and Histories both go through getattr(history, "history", history)."""

EXERCISE, VERDICT = "overfitting.plot_history", "done"

MUTATE = [
    ('''    fig, ax = plt.subplots(figsize=(8, 5))
    for name, history in histories:
        curves = _curves(history)
        epochs = range(1, len(curves[key]) + 1)
        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")
    ax.set_xlabel("Epochs")
    ax.set_ylabel(key.replace("_", " ").title())''',
     '''    fig = plt.figure(figsize=(8, 5))
    ax = fig.add_subplot(1, 1, 1)
    for i, (name, history) in enumerate(histories):
        curves = getattr(history, "history", history)
        train, val = np.asarray(curves[key]), np.asarray(curves["val_" + key])
        epochs = np.arange(1, len(train) + 1)
        colour = f"C{i}"
        ax.plot(epochs, train, color=colour, linestyle="-", label=f"{name.title()} Train")
        ax.plot(epochs, val, color=colour, linestyle="--", label=f"{name.title()} Val")
    ax.set_xlabel("Epochs")
    ax.set_ylabel(key)'''),
]
