"""Wrong: collects the legend labels in a module-level list that grows with every call, so a second call labels its lines with the first call's names; breaks 'each line labelled with the run's name and "Train" or "Val"'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('REMEDIES = (',
     '''_LABELS = []

REMEDIES = ('''),
    ('''        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")
''',
     '''        val = ax.plot(epochs, curves["val_" + key], "--")
        ax.plot(epochs, curves[key], color=val[0].get_color())
        _LABELS.extend([name.title() + " Val", name.title() + " Train"])
'''),
    ('''    ax.legend()
    return fig


def plot_accuracy_and_loss''',
     '''    ax.legend(_LABELS)
    return fig


def plot_accuracy_and_loss'''),
]
