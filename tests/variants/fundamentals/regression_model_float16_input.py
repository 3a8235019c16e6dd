"""Wrong: declares the input as float16, so every feature is rounded to half precision before the first layer (predictions off in the 3rd digit); breaks 'for inputs of `num_features` columns' (float inputs taken as they are)."""

EXERCISE, VERDICT, SAYS = "fundamentals.regression_model", "wrong", 'input dtype'

MUTATE = [
    ('        keras.Input(shape=(num_features,)),',
     '        keras.Input(shape=(num_features,), dtype="float16"),'),
]
