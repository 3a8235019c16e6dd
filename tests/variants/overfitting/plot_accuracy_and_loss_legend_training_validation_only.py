"""Wrong: the Keras-blog habit legend(["Training", "Validation"]) with the metric only in the axis label, so no curve is named "Training Accuracy"; breaks 'labelled "Training Accuracy" and "Validation Accuracy"'."""

EXERCISE, VERDICT, SAYS = "overfitting.plot_accuracy_and_loss", "wrong", "accuracy training label"

MUTATE = [
    ('top.plot(curves["accuracy"], label="Training Accuracy")',
     'top.plot(curves["accuracy"])'),
    ('top.plot(curves["val_accuracy"], label="Validation Accuracy")',
     'top.plot(curves["val_accuracy"])'),
    ('top.legend(loc="lower right")',
     'top.legend(["Training", "Validation"], loc="lower right")'),
    ('bottom.plot(curves["loss"], label="Training Loss")',
     'bottom.plot(curves["loss"])'),
    ('bottom.plot(curves["val_loss"], label="Validation Loss")',
     'bottom.plot(curves["val_loss"])'),
    ('bottom.legend(loc="upper right")',
     'bottom.legend(["Training", "Validation"], loc="upper right")'),
]
