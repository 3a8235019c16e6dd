"""Wrong: MNIST habit: flattens each input to a vector, x.reshape(len(x), -1), before predicting, which only suits models that take flat vectors; a model that takes 28x28 images refuses the (N, 784) batch; breaks 'x: a batch of N inputs'."""

EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "wrong", 'for a model that wants'

MUTATE = [
    ('    probs = model.predict(x, verbose=0)',
     '    probs = model.predict(x.reshape(len(x), -1), verbose=0)'),
]
