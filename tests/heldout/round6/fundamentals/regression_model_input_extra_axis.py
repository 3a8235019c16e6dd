"""Wrong: declares inputs as (num_features, 1), so the Dense layers run per feature and the model gives one number per feature; breaks 'for inputs of `num_features` columns ... an output of 1 unit'."""
EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"
MUTATE = [
    ('        keras.Input(shape=(num_features,)),',
     '        keras.Input(shape=(num_features, 1)),'),
]
