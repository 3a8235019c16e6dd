"""Wrong: the note's 10000 words written in, whatever num_words is asked for."""
EXERCISE, VERDICT, SAYS = "overfitting.regularized_model", "wrong", "num_words"
MUTATE = [("keras.Sequential([keras.Input(shape=(num_words,)), *layers])", "keras.Sequential([keras.Input(shape=(10000,)), *layers])")]
