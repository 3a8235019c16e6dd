"""Wrong: draws every validation curve as 'k--' (black) and lets the training curve take the next colour; breaks 'the two in one colour, the run's own'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ('''        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")''',
     '''        ax.plot(epochs, curves["val_" + key], "k--", label=name.title() + " Val")
        ax.plot(epochs, curves[key], label=name.title() + " Train")'''),
]
