"""Wrong: gives the inner penalty() helper its own default, def penalty(factor=0.001), which shadows the function's argument, so every model gets factor 0.001; breaks 'The penalty of `kind`, with your `factor`, goes on the kernels (not the biases) of both hidden layers'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    ('    def penalty():\n',
     '    def penalty(factor=0.001):\n'),
]
