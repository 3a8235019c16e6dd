"""Wrong: drops the first training loss, often huge, so that the curve fits the plot, but keeps plotting against positions: the training loss is shifted one epoch left of the validation loss; breaks 'training and validation against the same epochs'."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"

MUTATE = [
    (
        '    bottom.plot(curves["loss"], label="Training Loss")\n',
        '    bottom.plot(curves["loss"][1:], label="Training Loss")  # the first loss dwarfs the rest\n',
    ),
]
