"""Wrong: fits for the default 5 epochs whatever `epochs` says; breaks 'epochs: how many epochs.'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('model.fit(train_data.repeat(), epochs=epochs,',
     'model.fit(train_data.repeat(), epochs=5,'),
]
