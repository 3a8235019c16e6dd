"""Right: Gives each run an explicit colour from the C0, C1, ... cycle, plots both curves against History's 0-based epochs, labels with the run's name as given, and the y axis with the key itself."""
EXERCISE, VERDICT = "overfitting.plot_history", "done"
MUTATE = [
    ("""    fig, ax = plt.subplots(figsize=(8, 5))
    for name, history in histories:
        curves = _curves(history)
        epochs = range(1, len(curves[key]) + 1)
        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")
    ax.set_xlabel("Epochs")
    ax.set_ylabel(key.replace("_", " ").title())""",
     """    fig = plt.figure(figsize=(8, 5))
    ax = fig.add_subplot(1, 1, 1)
    for index, (name, history) in enumerate(histories):
        curves = getattr(history, "history", history)
        colour = f"C{index % 10}"
        epochs = list(range(len(curves[key])))
        ax.plot(epochs, curves[key], color=colour, linestyle="-", label=f"{name} Train")
        ax.plot(epochs, curves["val_" + key], color=colour, linestyle="--", label=f"{name} Val")
    ax.set_xlabel("Epochs")
    ax.set_ylabel(key)"""),
]
