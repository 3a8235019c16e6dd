"""Wrong: declares the input as (x.shape[0],), the number of rows, instead of one row's shape, so the model expects as many features as there are examples and fit() fails; breaks 'a new model: inputs shaped as one row of x'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    (
        '            keras.Input(shape=x.shape[1:]),\n',
        '            keras.Input(shape=(x.shape[0],)),\n',
    ),
]
