"""Wrong: fills a table of penalty makers with lambdas in a loop, which all build the last class (L2), so kind "l1" gets an L2 penalty; breaks 'The penalty of `kind`, with your `factor`'."""
EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"
MUTATE = [
    ('''    def penalty():
        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)
''', '''    makers = {}
    for name, cls in (("l1", keras.regularizers.L1), ("l2", keras.regularizers.L2)):
        makers[name] = lambda: cls(factor)
    penalty = makers[kind]
'''),
]
