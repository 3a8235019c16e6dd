"""Wrong: memoises batchnorm_model with functools.lru_cache, so two calls with the same num_words return one model object and training one trains the other; breaks 'makes anew the models and callbacks it returns'."""
EXERCISE, VERDICT, SAYS = "overfitting.batchnorm_model", "wrong", 'an earlier call returned'
MUTATE = [
    ("import itertools\n", "import functools\nimport itertools\n"),
    ("def batchnorm_model(num_words=10000):", "@functools.lru_cache(maxsize=None)  # the model is the same for the same size\ndef batchnorm_model(num_words=10000):"),
]
