"""Wrong: declares the input as keras.Input(shape=x.shape[1]), an int rather than the tuple x.shape[1:], which Keras 3 cannot convert to a shape; breaks 'inputs shaped as one row of x'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('keras.Input(shape=x.shape[1:]),',
     'keras.Input(shape=x.shape[1]),'),
]
