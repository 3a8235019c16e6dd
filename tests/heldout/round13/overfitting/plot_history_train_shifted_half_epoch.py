"""Wrong: draws each training curve half an epoch earlier than its validation curve (the training loss is an average over the epoch), epochs - 0.5; breaks 'both against the run's own epochs, counted from 1 as fit() prints them (0..,
        as History.epoch counts, passes too), the same epochs for both'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")',
     '        ax.plot([epoch - 0.5 for epoch in epochs], curves[key], color=val[0].get_color(), label=name.title() + " Train")'),
]
