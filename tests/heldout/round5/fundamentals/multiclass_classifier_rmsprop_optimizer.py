"""Wrong: Compiled with RMSprop, as the regression model does; breaks 'Compiled with the Adam optimizer'."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"
MUTATE = [
    ('model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])',
     'model.compile(optimizer="rmsprop", loss=loss, metrics=["accuracy"])'),
]
