"""Wrong: note 003's nine columns written in, the num_features argument ignored."""
EXERCISE, VERDICT, SAYS = "fundamentals.regression_model", "wrong", "shape"
MUTATE = [("keras.Input(shape=(num_features,))", "keras.Input(shape=(9,))")]
