"""Right: the course's habit: plots the curves without label= and names them in order with top.legend(["Training Accuracy", "Validation Accuracy"]) and bottom.legend(["Training Loss", "Validation Loss"]), so each legend labels its two curves."""

EXERCISE, VERDICT, SAYS = "overfitting.plot_accuracy_and_loss", "done", ''

MUTATE = [
    ('    top.plot(curves["accuracy"], label="Training Accuracy")\n    top.plot(curves["val_accuracy"], label="Validation Accuracy")\n    top.set_ylabel("Accuracy")\n    top.legend(loc="lower right")\n',
     '    top.plot(curves["accuracy"])\n    top.plot(curves["val_accuracy"])\n    top.set_ylabel("Accuracy")\n    top.legend(["Training Accuracy", "Validation Accuracy"], loc="lower right")\n'),
    ('    bottom.plot(curves["loss"], label="Training Loss")\n    bottom.plot(curves["val_loss"], label="Validation Loss")\n    bottom.set_ylabel("Loss")\n    bottom.set_xlabel("epoch")\n    bottom.legend(loc="upper right")\n',
     '    bottom.plot(curves["loss"])\n    bottom.plot(curves["val_loss"])\n    bottom.set_ylabel("Loss")\n    bottom.set_xlabel("epoch")\n    bottom.legend(["Training Loss", "Validation Loss"], loc="upper right")\n'),
]
