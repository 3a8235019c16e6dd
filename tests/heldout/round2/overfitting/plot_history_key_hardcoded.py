"""Wrong: Plotted binary_crossentropy whatever key is; breaks 'key: the metric to plot' (grader's 'accuracy')."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ('curves["val_" + key], "--"',
     'curves["val_binary_crossentropy"], "--"'),
    ('ax.plot(epochs, curves[key], color=',
     'ax.plot(epochs, curves["binary_crossentropy"], color='),
]
