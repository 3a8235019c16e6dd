"""Wrong: chooses the loss but returns the model without compiling it; breaks 'Build and compile a classifier of 28x28 images into `num_classes` classes.'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])\n    return model',
     '    model.loss_name = loss\n    return model'),
]
