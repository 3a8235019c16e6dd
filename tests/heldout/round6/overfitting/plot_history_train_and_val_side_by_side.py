"""Wrong: puts the training curves and the validation curves on two side-by-side axes; breaks 'for each (name, history) pair, on one axes'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
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
     '''    fig, (ax, ax_val) = plt.subplots(1, 2, figsize=(12, 5))
    for name, history in histories:
        curves = _curves(history)
        epochs = range(1, len(curves[key]) + 1)
        val = ax_val.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")
    for axes in (ax, ax_val):
        axes.set_xlabel("Epochs")
        axes.set_ylabel(key.replace("_", " ").title())
        axes.legend()
    return fig'''),
]
